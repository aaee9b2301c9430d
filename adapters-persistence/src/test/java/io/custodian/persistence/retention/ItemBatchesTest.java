package io.custodian.persistence.retention;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
    /** Bound on every wait of the concurrency tests: reached only when a transaction blocks, failing the test. */
    private static final long WAIT_SECONDS = 20;

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

        assertThat(batches.countByKind(ACME)).isEqualTo(Map.of(SYNC_RELATION, 1L, TWIN_TRACE, 2L,
                LICENSE_INFORMATION, 1L, USAGE_EVENT, 3L));
        assertThat(batches.countByKind(GLOBEX)).isEqualTo(Map.of(CONFIGURATION_DOCUMENT, 1L));
        assertThat(batches.countByKind(new ClientKey("nobody"))).isEmpty();
    }

    @Test
    void a_batch_deletes_at_most_its_limit_of_one_kind_of_one_tenant() {
        saveUsageEvents("acme", 7);
        saveUsageEvents("globex", 2);
        save(item("acme", SYNC_RELATION, "rel-1", T0));

        assertThat(batches.deleteBatch(ACME, USAGE_EVENT, 5)).isEqualTo(5);
        assertThat(batches.deleteBatch(ACME, USAGE_EVENT, 5)).isEqualTo(2);
        assertThat(batches.deleteBatch(ACME, USAGE_EVENT, 5)).isZero();

        assertThat(batches.countByKind(ACME)).isEqualTo(Map.of(SYNC_RELATION, 1L));
        assertThat(batches.countByKind(GLOBEX)).isEqualTo(Map.of(USAGE_EVENT, 2L));
    }

    @Test
    void a_group_batch_deletes_at_most_its_limit_across_the_named_tenants_and_reports_per_tenant() {
        saveUsageEvents("acme", 4);
        saveUsageEvents("globex", 3);
        saveUsageEvents("initech", 2);

        var first = batches.deleteBatch(java.util.List.of(ACME, GLOBEX), USAGE_EVENT, 5);
        var second = batches.deleteBatch(java.util.List.of(ACME, GLOBEX), USAGE_EVENT, 5);

        assertThat(first.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(5);
        assertThat(second.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2);
        assertThat(first.getOrDefault(ACME, 0) + second.getOrDefault(ACME, 0)).isEqualTo(4);
        assertThat(first.getOrDefault(GLOBEX, 0) + second.getOrDefault(GLOBEX, 0)).isEqualTo(3);
        assertThat(batches.deleteBatch(java.util.List.of(ACME, GLOBEX), USAGE_EVENT, 5)).isEmpty();
        assertThat(batches.countByKind(new ClientKey("initech"))).isEqualTo(Map.of(USAGE_EVENT, 2L));
    }

    @Test
    void a_batch_is_the_proven_ctid_form_locking_with_skip_locked() {
        // FETCH NEXT n ROWS ONLY is PostgreSQL's standard spelling of LIMIT n
        String sql = dsl().renderInlined(batches.deleteBatchQuery(ACME, USAGE_EVENT, 25)).toLowerCase();

        assertThat(sql).isEqualTo("delete from usage_event where ctid = any (array(select ctid from usage_event"
                + " where usage_event.client_key = 'acme' fetch next 25 rows only for update skip locked))");
    }

    @Test
    void a_batch_deletes_the_license_row_like_any_item() {
        save(item("acme", LICENSE_INFORMATION, "license", T0), item("globex", LICENSE_INFORMATION, "license", T0));

        assertThat(batches.deleteBatch(ACME, LICENSE_INFORMATION, 100)).isEqualTo(1);
        assertThat(batches.countByKind(ACME)).isEmpty();
        assertThat(batches.countByKind(GLOBEX)).isEqualTo(Map.of(LICENSE_INFORMATION, 1L));
    }

    @Test
    void a_batch_refuses_the_installation_record_and_limits_out_of_range() {
        assertThatThrownBy(() -> batches.deleteBatch(ACME, ItemKind.INSTALLATION_RECORD, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TenantStore");
        assertThatThrownBy(() -> batches.deleteBatch(ACME, USAGE_EVENT, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> batches.deleteBatch(ACME, USAGE_EVENT, ItemBatches.MAX_BATCH + 1))
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
        assertThat(batches.countByKind(ACME)).isEqualTo(Map.of(SUPPORT_TICKET, 1L));
        assertThat(batches.countByKind(GLOBEX)).isEqualTo(Map.of(SYNC_RELATION, 1L));
        assertThat(batches.deleteRefs(List.of())).isZero();
    }

    @Test
    void deleting_more_references_than_one_statement_names_deletes_them_all() {
        int count = ItemBatches.REFS_PER_STATEMENT * 2 + 7;
        saveUsageEvents("acme", count + 3);
        List<ItemRef> refs = IntStream.range(0, count).mapToObj(i -> ref("acme", USAGE_EVENT, "event-" + i)).toList();

        assertThat(batches.deleteRefs(refs)).isEqualTo(count);
        assertThat(batches.countByKind(ACME)).isEqualTo(Map.of(USAGE_EVENT, 3L));
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

    @Test
    void two_transactions_deleting_batches_of_one_tenant_at_once_take_disjoint_rows_without_waiting() throws Exception {
        int limit = 10;
        saveUsageEvents("acme", 50);
        CountDownLatch firstDeletedAndHoldsItsLocks = new CountDownLatch(1);
        CountDownLatch secondCommitted = new CountDownLatch(1);

        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            Future<Integer> first = pool.submit(() -> dsl().transactionResult(() -> {
                int deleted = batches.deleteBatch(ACME, USAGE_EVENT, limit);
                firstDeletedAndHoldsItsLocks.countDown();
                // stays open, holding the locks on its rows, until the second transaction has committed
                if (!secondCommitted.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                    throw new AssertionError("the second batch waited for the first transaction's locks");
                }
                return deleted;
            }));
            Future<Integer> second = pool.submit(() -> {
                if (!firstDeletedAndHoldsItsLocks.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                    throw new AssertionError("the first batch did not run");
                }
                int deleted = dsl().transactionResult(() -> batches.deleteBatch(ACME, USAGE_EVENT, limit));
                secondCommitted.countDown();
                return deleted;
            });

            // each took a full batch while the other's rows were locked: no row was taken twice, none was waited on
            assertThat(second.get(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo(limit);
            assertThat(first.get(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo(limit);
        }
        assertThat(batches.countByKind(ACME)).isEqualTo(Map.of(USAGE_EVENT, 50L - 2 * limit));
    }

    @Test
    void a_batch_skips_rows_another_transaction_is_deleting_instead_of_waiting_for_them() throws Exception {
        saveUsageEvents("acme", 5);
        CountDownLatch firstHoldsEveryRow = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        List<Integer> seenBySecond = new ArrayList<>();

        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            Future<Integer> first = pool.submit(() -> dsl().transactionResult(() -> {
                int deleted = batches.deleteBatch(ACME, USAGE_EVENT, 100);
                firstHoldsEveryRow.countDown();
                if (!secondDone.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                    throw new AssertionError("the second batch waited for the first transaction's locks");
                }
                throw new RollbackOnPurpose(deleted);
            }));
            Future<?> second = pool.submit(() -> {
                if (!firstHoldsEveryRow.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                    throw new AssertionError("the first batch did not run");
                }
                seenBySecond.add(dsl().transactionResult(() -> batches.deleteBatch(ACME, USAGE_EVENT, 100)));
                secondDone.countDown();
                return null;
            });

            second.get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThatThrownBy(() -> first.get(WAIT_SECONDS, TimeUnit.SECONDS))
                    .hasRootCauseInstanceOf(RollbackOnPurpose.class);
        }
        assertThat(seenBySecond).containsExactly(0);
        // the first transaction rolled back: every row is still there for the next sweep
        assertThat(batches.countByKind(ACME)).isEqualTo(Map.of(USAGE_EVENT, 5L));
    }

    /** Ends a transaction with a rollback after it has done its work. */
    private static final class RollbackOnPurpose extends RuntimeException {
        RollbackOnPurpose(int deleted) {
            super("rolled back after deleting " + deleted + " rows");
        }
    }
}
