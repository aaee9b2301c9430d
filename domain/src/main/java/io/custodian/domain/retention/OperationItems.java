package io.custodian.domain.retention;

/** Out-port: stores operation data items written by app requests. */
public interface OperationItems {

    /** Inserts the item or replaces the one with the same reference (metadata and content). */
    void save(StoredItem item, ItemContent content);
}
