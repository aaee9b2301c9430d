package io.custodian.domain.testing;

import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.retention.Inventory;
import io.custodian.domain.retention.StoredItem;
import io.custodian.domain.tenant.ClientKey;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** What a tenant stores, counted per kind through the {@link Inventory} port: the oracle of purge tests. */
public final class ItemCounts {

    private ItemCounts() {
    }

    /** How many items of each kind {@code tenant} has; kinds without items are left out (none: empty). */
    public static Map<ItemKind, Long> byKind(Inventory inventory, ClientKey tenant) {
        Map<ItemKind, Long> counts = new EnumMap<>(ItemKind.class);
        for (StoredItem item : inventory.itemsOf(tenant)) {
            counts.merge(item.kind(), 1L, Long::sum);
        }
        return Collections.unmodifiableMap(counts);
    }
}
