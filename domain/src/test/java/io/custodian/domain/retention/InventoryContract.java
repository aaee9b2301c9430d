package io.custodian.domain.retention;

import io.custodian.domain.tenant.ClientKey;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static io.custodian.domain.datamap.ItemKind.CONFIGURATION_DOCUMENT;
import static io.custodian.domain.datamap.ItemKind.FIELD_TRACE;
import static io.custodian.domain.datamap.ItemKind.ISSUE_VERSION_COPY;
import static io.custodian.domain.datamap.ItemKind.LICENSE_INFORMATION;
import static io.custodian.domain.datamap.ItemKind.SUPPORT_BUNDLE;
import static io.custodian.domain.datamap.ItemKind.SUPPORT_TICKET;
import static io.custodian.domain.datamap.ItemKind.SYNC_RELATION;
import static io.custodian.domain.datamap.ItemKind.TWIN_TRACE;
import static io.custodian.domain.datamap.ItemKind.USAGE_EVENT;
import static io.custodian.domain.retention.Items.child;
import static io.custodian.domain.retention.Items.item;
import static io.custodian.domain.retention.Items.ref;
import static io.custodian.domain.retention.Items.resolvedTicket;
import static org.assertj.core.api.Assertions.assertThat;

/** The contract of {@link Inventory}, run against the fake here and the jOOQ adapter there. */
public abstract class InventoryContract {

    protected static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    /** An inventory holding exactly {@code items} (the adapter inserts them, with their tenants, first). */
    protected abstract Inventory inventoryHolding(List<StoredItem> items);

    private final StoredItem relation = item("acme", SYNC_RELATION, "rel-1", T0);
    private final StoredItem twin = child("acme", TWIN_TRACE, "twin-1", "rel-1", T0.plusSeconds(1));
    private final StoredItem field = child("acme", FIELD_TRACE, "field-1", "twin-1", T0.plusSeconds(2));
    private final StoredItem copy1 = child("acme", ISSUE_VERSION_COPY, "v1", "twin-1", T0.plusSeconds(3));
    private final StoredItem copy2 = child("acme", ISSUE_VERSION_COPY, "v2", "twin-1", T0.plusSeconds(4));
    private final StoredItem otherTwinCopy = child("acme", ISSUE_VERSION_COPY, "twin-2-v1", "twin-2", T0.plusSeconds(5));
    private final StoredItem license = item("acme", LICENSE_INFORMATION, "license", T0);
    private final StoredItem config = item("acme", CONFIGURATION_DOCUMENT, "config", T0);
    private final StoredItem usage = item("acme", USAGE_EVENT, "event-1", T0);
    private final StoredItem ticket = resolvedTicket("acme", "T-1", T0, T0.plusSeconds(60));
    private final StoredItem bundle = child("acme", SUPPORT_BUNDLE, "bundle-1", "T-1", T0);
    private final StoredItem otherTenant = item("globex", SYNC_RELATION, "rel-1", T0);

    private List<StoredItem> everything() {
        return List.of(relation, twin, field, copy1, copy2, otherTwinCopy, license, config, usage, ticket, bundle,
                otherTenant);
    }

    @Test
    void an_empty_inventory_has_no_tenants() {
        Inventory inventory = inventoryHolding(List.of());
        assertThat(inventory.tenantsWithItems()).isEmpty();
        assertThat(inventory.itemsOf(new ClientKey("acme"))).isEmpty();
    }

    @Test
    void lists_the_tenants_with_items() {
        assertThat(inventoryHolding(everything()).tenantsWithItems())
                .containsExactlyInAnyOrder(new ClientKey("acme"), new ClientKey("globex"));
    }

    @Test
    void lists_every_item_of_a_tenant_with_its_metadata() {
        assertThat(inventoryHolding(everything()).itemsOf(new ClientKey("acme")))
                .containsExactlyInAnyOrder(relation, twin, field, copy1, copy2, otherTwinCopy, license, config, usage,
                        ticket, bundle);
    }

    @Test
    void finds_an_item_by_reference_keeping_parent_and_resolution() {
        Inventory inventory = inventoryHolding(everything());
        assertThat(inventory.find(twin.ref())).contains(twin);
        assertThat(inventory.find(ticket.ref())).contains(ticket);
        assertThat(inventory.find(ref("acme", TWIN_TRACE, "missing"))).isEmpty();
        assertThat(inventory.find(ref("nobody", SYNC_RELATION, "rel-1"))).isEmpty();
    }

    @Test
    void lists_the_children_of_an_item_of_every_child_kind() {
        Inventory inventory = inventoryHolding(everything());
        assertThat(inventory.childrenOf(twin.ref())).containsExactlyInAnyOrder(field, copy1, copy2);
        assertThat(inventory.childrenOf(relation.ref())).containsExactly(twin);
        assertThat(inventory.childrenOf(ticket.ref())).containsExactly(bundle);
        assertThat(inventory.childrenOf(otherTenant.ref())).isEmpty();
    }

    @Test
    void lists_the_items_of_one_kind_under_one_parent() {
        Inventory inventory = inventoryHolding(everything());
        ClientKey acme = new ClientKey("acme");
        assertThat(inventory.itemsOfKind(acme, ISSUE_VERSION_COPY, Optional.of(new ItemId("twin-1"))))
                .containsExactlyInAnyOrder(copy1, copy2);
        assertThat(inventory.itemsOfKind(acme, LICENSE_INFORMATION, Optional.empty())).containsExactly(license);
        assertThat(inventory.itemsOfKind(acme, SUPPORT_TICKET, Optional.empty())).containsExactly(ticket);
    }
}
