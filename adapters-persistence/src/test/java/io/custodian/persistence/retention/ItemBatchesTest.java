package io.custodian.persistence.retention;

import io.custodian.domain.testing.ItemCounts;
import io.custodian.domain.datamap.DataMap;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.retention.ItemContent;
import io.custodian.domain.retention.ItemRef;
import io.custodian.domain.retention.StoredItem;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.persistence.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static io.custodian.domain.datamap.ItemKind.CONFIGURATION_DOCUMENT;
import static io.custodian.domain.datamap.ItemKind.FIELD_TRACE;
import static io.custodian.domain.datamap.ItemKind.LICENSE_INFORMATION;
import static io.custodian.domain.datamap.ItemKind.SUPPORT_TICKET;
import static io.custodian.domain.datamap.ItemKind.SYNC_RELATION;
import static io.custodian.domain.datamap.ItemKind.TWIN_TRACE;
import static io.custodian.domain.datamap.ItemKind.USAGE_EVENT;
import static io.custodian.domain.retention.Items.child;
import static io.custodian.domain.retention.Items.item;
import static io.custodian.domain.retention.Items.ref;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ItemBatchesTest extends DatabaseTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final ClientKey ACME = new ClientKey("acme");
    private static final ClientKey GLOBEX = new ClientKey("globex");

    private JooqItems items;
    private ItemBatches batches;

    @BeforeEach
    void emptyStorage() {
        emptyTables();
        installTenants("acme", "globex", "initech");
        items = new JooqItems(dsl());
        batches = new ItemBatches(dsl());
    }

    private void save(StoredItem... stored) {
        for (StoredItem item : stored) {
            items.save(item, new ItemContent(new byte[]{1}));
        }
    }

    private void saveUsageEvents(String tenant, int count) {
        IntStream.range(0, count).forEach(i -> save(item(tenant, USAGE_EVENT, "event-" + i, T0)));
    }

    @Test
    void counts_the_items_of_one_tenant_per_kind_leaving_out_kinds_without_items() {
        save(item("acme", SYNC_RELATION, "rel-1", T0), child("acme", TWIN_TRACE, "twin-1", "rel-1", T0),
                child("acme", TWIN_TRACE, "twin-2", "rel-1", T0), item("acme", LICENSE_INFORMATION, "license", T0),
                item("globex", CONFIGURATION_DOCUMENT, "config", T0));
        saveUsageEvents("acme", 3);

        assertThat(ItemCounts.byKind(items, ACME)).isEqualTo(Map.of(SYNC_RELATION, 1L, TWIN_TRACE, 2L,
                LICENSE_INFORMATION, 1L, USAGE_EVENT, 3L));
        assertThat(ItemCounts.byKind(items, GLOBEX)).isEqualTo(Map.of(CONFIGURATION_DOCUMENT, 1L));
        assertThat(ItemCounts.byKind(items, new ClientKey("nobody"))).isEmpty();
    }

    @Test
    void deleting_each_tenant_deletes_at_most_its_limit_of_one_kind_and_reports_exact_counts_per_tenant() {
        saveUsageEvents("acme", 7);
        saveUsageEvents("globex", 2);
        saveUsageEvents("initech", 4);
        save(item("acme", SYNC_RELATION, "rel-1", T0));

        assertThat(batches.deleteEach(List.of(ACME, GLOBEX), USAGE_EVENT, 5))
                .containsExactly(Map.entry(ACME, 5), Map.entry(GLOBEX, 2));
        assertThat(batches.deleteEach(List.of(GLOBEX, ACME), USAGE_EVENT, 5))
                .containsExactly(Map.entry(GLOBEX, 0), Map.entry(ACME, 2));

        assertThat(ItemCounts.byKind(items, ACME)).isEqualTo(Map.of(SYNC_RELATION, 1L));
        assertThat(ItemCounts.byKind(items, GLOBEX)).isEmpty();
        assertThat(ItemCounts.byKind(items, new ClientKey("initech"))).isEqualTo(Map.of(USAGE_EVENT, 4L));
    }

    @Test
    void deleting_each_tenant_names_a_tenant_once_and_nobody_when_given_nobody() {
        saveUsageEvents("acme", 3);

        assertThat(batches.deleteEach(List.of(ACME, ACME), USAGE_EVENT, 2)).containsExactly(Map.entry(ACME, 2));
        assertThat(batches.deleteEach(List.of(), USAGE_EVENT, 2)).isEmpty();
        assertThat(ItemCounts.byKind(items, ACME)).isEqualTo(Map.of(USAGE_EVENT, 1L));
    }

    @Test
    void deleting_each_tenant_deletes_the_license_row_like_any_item() {
        save(item("acme", LICENSE_INFORMATION, "license", T0), item("globex", LICENSE_INFORMATION, "license", T0));

        assertThat(batches.deleteEach(List.of(ACME), LICENSE_INFORMATION, 100)).containsExactly(Map.entry(ACME, 1));
        assertThat(ItemCounts.byKind(items, ACME)).isEmpty();
        assertThat(ItemCounts.byKind(items, GLOBEX)).isEqualTo(Map.of(LICENSE_INFORMATION, 1L));
    }

    @Test
    void deleting_each_tenant_refuses_the_installation_record_and_limits_out_of_range() {
        assertThatThrownBy(() -> batches.deleteEach(List.of(ACME), ItemKind.INSTALLATION_RECORD, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TenantStore");
        assertThatThrownBy(() -> batches.deleteEach(List.of(ACME), USAGE_EVENT, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> batches.deleteEach(List.of(ACME), USAGE_EVENT, ItemBatches.MAX_BATCH + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deleting_references_deletes_exactly_those_of_every_kind_and_ignores_missing_ones() {
        save(item("acme", SYNC_RELATION, "rel-1", T0), child("acme", TWIN_TRACE, "twin-1", "rel-1", T0),
                child("acme", FIELD_TRACE, "field-1", "twin-1", T0), item("acme", LICENSE_INFORMATION, "license", T0),
                item("acme", SUPPORT_TICKET, "T-1", T0), item("globex", SYNC_RELATION, "rel-1", T0));

        int deleted = batches.deleteRefs(List.of(ref("acme", SYNC_RELATION, "rel-1"), ref("acme", TWIN_TRACE, "twin-1"),
                ref("acme", FIELD_TRACE, "field-1"), ref("acme", LICENSE_INFORMATION, "license"),
                ref("acme", SUPPORT_TICKET, "missing"), ref("acme", LICENSE_INFORMATION, "not-the-license-id")));

        assertThat(deleted).isEqualTo(4);
        assertThat(ItemCounts.byKind(items, ACME)).isEqualTo(Map.of(SUPPORT_TICKET, 1L));
        assertThat(ItemCounts.byKind(items, GLOBEX)).isEqualTo(Map.of(SYNC_RELATION, 1L));
        assertThat(batches.deleteRefs(List.of())).isZero();
    }

    @Test
    void deleting_more_references_than_one_statement_names_deletes_them_all() {
        int count = ItemBatches.REFS_PER_STATEMENT * 2 + 7;
        saveUsageEvents("acme", count + 3);
        List<ItemRef> refs = IntStream.range(0, count).mapToObj(i -> ref("acme", USAGE_EVENT, "event-" + i)).toList();

        assertThat(batches.deleteRefs(refs)).isEqualTo(count);
        assertThat(ItemCounts.byKind(items, ACME)).isEqualTo(Map.of(USAGE_EVENT, 3L));
    }

    @Test
    void the_deletion_order_puts_every_kind_before_its_parent_and_leaves_out_the_installation_record() {
        List<ItemKind> order = ItemBatches.deletionOrder();

        assertThat(order).doesNotContain(ItemKind.INSTALLATION_RECORD)
                .hasSize(ItemKind.values().length - 1).doesNotHaveDuplicates();
        for (ItemKind kind : order) {
            DataMap.standard().entry(kind).parent().ifPresent(parent ->
                    assertThat(order.indexOf(kind)).as(kind + " before " + parent).isLessThan(order.indexOf(parent)));
        }
    }
}
