package io.custodian.domain.retention;

/**
 * Out-port: stores the items app requests write: operation data, and also configuration documents (Customer Uploaded
 * Data) and usage events (Session Data). Every kind except the installation record, which the {@code TenantStore}
 * holds.
 */
public interface OperationItems {

    /** Inserts the item or replaces the one with the same reference (metadata and content). */
    void save(StoredItem item, ItemContent content);

    /**
     * Locks the item until the caller's transaction ends, so that writers deriving something from it (the next
     * version number of a twin's copies) take turns instead of deriving the same; {@code false}, and nothing locked,
     * when there is no such item.
     */
    boolean lockForWriting(ItemRef ref);
}
