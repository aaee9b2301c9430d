package io.custodian.domain.retention;

import io.custodian.domain.tenant.ClientKey;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.custodian.domain.datamap.ItemKind.CONFIGURATION_DOCUMENT;
import static io.custodian.domain.datamap.ItemKind.SYNC_RELATION;
import static io.custodian.domain.datamap.ItemKind.USAGE_EVENT;
import static io.custodian.domain.retention.Items.item;
import static io.custodian.domain.retention.Items.ref;
import static org.assertj.core.api.Assertions.assertThat;

/** The contract of {@link ExpiredItems}, run against the fake here and the jOOQ adapter there. */
public abstract class ExpiredItemsContract {

    protected static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    /** The port under test and an {@link Inventory} over the same storage, holding {@code items}. */
    public record Storage(ExpiredItems expiredItems, Inventory inventory) {
    }

    protected abstract Storage storageHolding(List<StoredItem> items);

    @Test
    void deletes_exactly_the_named_items() {
        StoredItem relation = item("acme", SYNC_RELATION, "rel-1", T0);
        StoredItem config = item("acme", CONFIGURATION_DOCUMENT, "config", T0);
        StoredItem usage = item("acme", USAGE_EVENT, "rel-1", T0);
        StoredItem otherTenant = item("globex", SYNC_RELATION, "rel-1", T0);
        Storage storage = storageHolding(List.of(relation, config, usage, otherTenant));

        storage.expiredItems().delete(List.of(relation.ref(), usage.ref()));

        assertThat(storage.inventory().itemsOf(new ClientKey("acme"))).containsExactly(config);
        assertThat(storage.inventory().itemsOf(new ClientKey("globex"))).containsExactly(otherTenant);
    }

    @Test
    void ignores_items_already_gone_and_an_empty_list() {
        StoredItem config = item("acme", CONFIGURATION_DOCUMENT, "config", T0);
        Storage storage = storageHolding(List.of(config));

        storage.expiredItems().delete(List.of(ref("acme", SYNC_RELATION, "never-there")));
        storage.expiredItems().delete(List.of());

        assertThat(storage.inventory().itemsOf(new ClientKey("acme"))).containsExactly(config);
    }

    @Test
    void a_tenant_whose_last_item_is_deleted_has_no_items_left() {
        StoredItem config = item("acme", CONFIGURATION_DOCUMENT, "config", T0);
        Storage storage = storageHolding(List.of(config));
        storage.expiredItems().delete(List.of(config.ref()));
        assertThat(storage.inventory().tenantsWithItems()).isEmpty();
    }
}
