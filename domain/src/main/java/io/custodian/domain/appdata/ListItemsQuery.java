package io.custodian.domain.appdata;

import io.custodian.domain.datamap.Category;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.retention.ItemId;
import io.custodian.domain.tenant.ClientKey;

import java.util.Objects;
import java.util.Optional;

/**
 * One page of the tenant's items of one kind, with their content, in ascending order of id. Only kinds an app writes
 * and reads back: Operation Data and Customer Uploaded Data.
 *
 * @param after the {@code next} of the previous page; empty for the first page
 * @param limit at most this many items, 1 to {@value #MAX_LIMIT}
 */
public record ListItemsQuery(ClientKey tenant, ItemKind kind, Optional<ItemId> after, int limit) {

    public static final int MAX_LIMIT = 500;

    public ListItemsQuery {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(after, "after");
        if (kind.category() != Category.OPERATION && kind.category() != Category.CUSTOMER_UPLOADED) {
            throw new IllegalArgumentException(kind + " is " + kind.category().displayName()
                    + ": app requests list only Operation Data and Customer Uploaded Data");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("page limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
    }
}
