package io.custodian.domain.retention;

import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.tenant.ClientKey;

import java.util.List;
import java.util.Optional;

/**
 * Out-port: reads back the content of stored items, for app requests that read what they wrote (sync relations,
 * configuration documents). The persistence adapter answers from the same tables as {@link Inventory}; the domain
 * still never looks inside the content.
 */
public interface ItemContents {

    /** The largest page {@link #page} must serve. */
    int MAX_PAGE_SIZE = 1000;

    /** The content last saved for the item; empty when no such item is stored. */
    Optional<ItemContent> read(ItemRef ref);

    /**
     * A page of the tenant's items of one kind (under any parent), with their content, in ascending order of id
     * compared as Java strings, i.e. by UTF-16 code unit (for the ASCII ids app requests use: byte order, PostgreSQL
     * {@code COLLATE "C"}, not a locale's order).
     *
     * @param after only items whose id is greater than this one; empty for the first page
     * @param limit at most this many items, 1 to {@link #MAX_PAGE_SIZE}
     */
    List<StoredContent> page(ClientKey tenant, ItemKind kind, Optional<ItemId> after, int limit);
}
