package io.custodian.domain.retention;

import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.tenant.ClientKey;

import java.time.Instant;
import java.util.Optional;

/** Test data for stored items. */
public final class Items {

    private Items() {
    }

    public static StoredItem item(String tenant, ItemKind kind, String id, Instant writtenAt) {
        return StoredItem.of(new ClientKey(tenant), kind, id, writtenAt);
    }

    public static StoredItem child(String tenant, ItemKind kind, String id, String parentId, Instant writtenAt) {
        return StoredItem.child(new ClientKey(tenant), kind, id, parentId, writtenAt);
    }

    public static StoredItem resolvedTicket(String tenant, String id, Instant openedAt, Instant resolvedAt) {
        return new StoredItem(ref(tenant, ItemKind.SUPPORT_TICKET, id), Optional.empty(), openedAt,
                Optional.of(resolvedAt));
    }

    public static ItemRef ref(String tenant, ItemKind kind, String id) {
        return new ItemRef(new ClientKey(tenant), kind, new ItemId(id));
    }
}
