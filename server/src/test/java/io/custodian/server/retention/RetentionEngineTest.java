package io.custodian.server.retention;

import io.custodian.domain.testing.ItemCounts;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.receipt.ReceiptCanonicalForm;
import io.custodian.domain.testing.MutableClock;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.server.testing.RunningServer;
import io.custodian.server.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The retention engine over the real stores: bounded batches, one receipt per purge, expiry of idle items. */
class RetentionEngineTest {

    private final MutableClock clock = MutableClock.at("2026-03-01T09:00:00Z");
    private TestServices custody;

    @BeforeEach
    void open() {
        custody = TestServices.open(RunningServer.environment(RetentionEngineTest.class), clock);
    }

    @AfterEach
    void close() {
        custody.close();
    }

    @Test
    void a_purge_deletes_in_bounded_batches_and_issues_one_receipt_counting_every_item() {
        var acme = custody.install("acme");
        var seeded = custody.seedOperationData(acme, 3, 10);
        custody.uninstall(acme);
        clock.advanceDays(180);
        var batches = new ArrayList<Integer>();
        var engine = custody.services().retentionEngine(20, (deleted, purged, duration) -> batches.add(deleted));

        var result = engine.sweep();

        assertThat(result.purges()).hasSize(1);
        var receipt = result.purges().getFirst().receipt();
        var expected = new EnumMap<ItemKind, Long>(seeded);
        expected.put(ItemKind.INSTALLATION_RECORD, 1L);
        assertThat(receipt.receipt().deletedPerKind()).isEqualTo(expected);
        assertThat(batches).allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(20));
        assertThat(batches.size()).isGreaterThanOrEqualTo((int) (total(seeded) / 20));
        assertThat(ItemCounts.byKind(custody.services().items(), acme)).isEmpty();
        assertThat(custody.services().tenants().find(acme)).isEmpty();
        assertThat(custody.services().purgeProgress().inProgress()).isEmpty();
        assertThat(custody.services().receipts().all()).containsExactly(receipt);
        assertThat(custody.services().receiptVerifier()
                .verify(ReceiptCanonicalForm.of(receipt.receipt()), receipt.signature()).isValid()).isTrue();
    }

    @Test
    void several_workers_purge_tenants_of_different_sizes_each_with_one_exact_receipt_in_bounded_batches() {
        Map<ClientKey, Map<ItemKind, Long>> seeded = new java.util.HashMap<>();
        for (int i = 0; i < 12; i++) {
            var tenant = new ClientKey("tenant-" + i);
            // sizes from 0 to 48 items; the largest take several batches of 10
            seeded.put(tenant, uninstalledWithData(tenant, i % 4, i % 3 + 1));
        }
        clock.advanceDays(180);
        var kept = custody.install("kept");
        var keptItems = custody.seedOperationData(kept, 2, 2);
        var batches = java.util.Collections.synchronizedList(new ArrayList<int[]>());
        var engine = custody.services().retentionEngine(10, 3,
                (deleted, purged, duration) -> batches.add(new int[] {deleted, purged}));

        var result = engine.sweep();

        assertThat(result.purges()).hasSize(12);
        assertThat(custody.services().receipts().all()).hasSize(12);
        result.purges().forEach(purge -> {
            assertThat(purge.receipt().receipt().deletedPerKind()).isEqualTo(seeded.get(purge.purged().clientKey()));
            assertThat(custody.services().receiptVerifier().verify(ReceiptCanonicalForm.of(purge.receipt().receipt()),
                    purge.receipt().signature()).isValid()).isTrue();
            assertThat(ItemCounts.byKind(custody.services().items(), purge.purged().clientKey())).isEmpty();
            assertThat(custody.services().tenants().find(purge.purged().clientKey())).isEmpty();
        });
        assertThat(result.purges().stream().map(purge -> purge.purged().clientKey())).doesNotHaveDuplicates();
        assertThat(batches).allSatisfy(batch -> assertThat(batch[0]).isLessThanOrEqualTo(10));
        assertThat(batches.stream().mapToInt(batch -> batch[1]).sum()).isEqualTo(12);
        assertThat(batches).as("a receipt is written in the same transaction as the tenant's last batch")
                .anySatisfy(batch -> assertThat(batch[0] > 0 && batch[1] > 0).isTrue());
        assertThat(custody.services().purgeProgress().inProgress()).isEmpty();
        assertThat(ItemCounts.byKind(custody.services().items(), kept)).isEqualTo(keptItems);
    }

    @Test
    void a_batch_smaller_than_the_items_of_one_kind_still_deletes_children_before_parents() {
        var acme = new ClientKey("acme");
        var seeded = uninstalledWithData(acme, 2, 3);
        clock.advanceDays(180);
        var remainingAfterEachBatch = new ArrayList<Map<ItemKind, Long>>();
        var engine = custody.services().retentionEngine(1, (deleted, purged, duration) -> {
            if (purged == 0) {
                remainingAfterEachBatch.add(ItemCounts.byKind(custody.services().items(), acme));
            }
        });

        var result = engine.sweep();

        assertThat(result.purges()).singleElement().satisfies(purge ->
                assertThat(purge.receipt().receipt().deletedPerKind()).isEqualTo(seeded));
        assertThat(remainingAfterEachBatch).allSatisfy(left -> {
            // a parent is only deleted once none of its children's kind is left
            if (left.getOrDefault(ItemKind.FIELD_TRACE, 0L) > 0 || left.getOrDefault(ItemKind.ISSUE_VERSION_COPY, 0L) > 0) {
                assertThat(left.get(ItemKind.TWIN_TRACE)).isEqualTo(seeded.get(ItemKind.TWIN_TRACE));
            }
            if (left.getOrDefault(ItemKind.TWIN_TRACE, 0L) > 0) {
                assertThat(left.get(ItemKind.SYNC_RELATION)).isEqualTo(seeded.get(ItemKind.SYNC_RELATION));
            }
        });
    }

    @Test
    void a_purge_begun_by_a_process_whose_clock_is_ahead_is_completed_once_this_clock_reaches_the_deadline() {
        var acme = new ClientKey("acme");
        var seeded = uninstalledWithData(acme, 1, 2);
        clock.advance(Duration.ofDays(180).minusMinutes(1));
        // the other process, its clock two minutes ahead, saw the deadline pass and recorded the purge
        var otherClock = clock.instant().plus(Duration.ofMinutes(2));
        custody.services().transactions().run(() ->
                custody.services().purgeProgress().beginAll(List.of(acme), otherClock));
        var engine = custody.services().retentionEngine(100, RetentionEngine.BatchListener.NONE);

        var early = engine.sweep();

        assertThat(early.purges()).isEmpty();
        assertThat(custody.services().tenants().find(acme)).isPresent();
        assertThat(custody.services().purgeProgress().inProgress()).containsExactly(acme);

        clock.advance(Duration.ofMinutes(2));
        var due = engine.sweep();

        assertThat(due.purges()).singleElement().satisfies(purge ->
                assertThat(purge.receipt().receipt().deletedPerKind()).isEqualTo(seeded));
        assertThat(due.phases().inChunks()).as("a small purge goes through the index").isZero();
        assertThat(due.phases().inCompletingBatches()).isPositive();
        assertThat(custody.services().purgeProgress().inProgress()).isEmpty();
        assertThat(custody.services().receipts().all()).hasSize(1);
    }

    @Test
    void page_sweep_chunks_slower_than_their_target_shrink_to_a_sixteenth_and_every_purge_stays_exact() {
        Map<ClientKey, Map<ItemKind, Long>> seeded = new java.util.HashMap<>();
        for (String name : List.of("acme", "globex", "initech")) {
            seeded.put(new ClientKey(name), uninstalledWithData(new ClientKey(name), 4, 10));
        }
        clock.advanceDays(180);
        // no chunk can take less than a nanosecond: every chunk halves the next, down to 32 / 16 rows
        var engine = custody.services().retentionEngine(50, 1, 32, 1, Duration.ofNanos(1),
                RetentionEngine.BatchListener.NONE);

        var result = engine.sweep();

        assertThat(result.chunks()).as("the tables were swept in page order").isGreaterThanOrEqualTo(5);
        assertThat(result.smallestChunkRows()).isEqualTo(2);
        assertThat(result.purges()).hasSize(3).allSatisfy(purge -> assertThat(purge.receipt().receipt()
                .deletedPerKind()).isEqualTo(seeded.get(purge.purged().clientKey())));
        seeded.keySet().forEach(tenant -> assertThat(ItemCounts.byKind(custody.services().items(), tenant)).isEmpty());
        assertThat(custody.services().purgeProgress().inProgress()).isEmpty();
    }

    @Test
    void page_sweep_chunks_without_a_target_keep_the_configured_size() {
        for (String name : List.of("acme", "globex")) {
            uninstalledWithData(new ClientKey(name), 4, 10);
        }
        clock.advanceDays(180);
        var engine = custody.services().retentionEngine(50, 1, 32, 1, Duration.ZERO,
                RetentionEngine.BatchListener.NONE);

        var result = engine.sweep();

        assertThat(result.chunks()).isGreaterThanOrEqualTo(5);
        assertThat(result.smallestChunkRows()).isEqualTo(32);
        assertThat(result.purges()).hasSize(2);
    }

    @Test
    void a_second_sweep_after_a_purge_finds_nothing_to_do() {
        var acme = custody.install("acme");
        custody.seedOperationData(acme, 1, 2);
        custody.uninstall(acme);
        clock.advanceDays(180);
        var engine = custody.services().retentionEngine(50, RetentionEngine.BatchListener.NONE);
        engine.sweep();

        var again = engine.sweep();

        assertThat(again.purges()).isEmpty();
        assertThat(again.itemsDeleted()).isZero();
        assertThat(custody.services().receipts().all()).hasSize(1);
    }

    @Test
    void operation_data_idle_for_the_max_idle_time_is_deleted_without_touching_the_tenant() {
        var acme = custody.install("acme");
        var seeded = custody.seedOperationData(acme, 2, 5);
        clock.advance(Duration.ofDays(30).plusSeconds(1));
        var engine = custody.services().retentionEngine(7, RetentionEngine.BatchListener.NONE);

        var result = engine.sweep();

        assertThat(result.purges()).isEmpty();
        assertThat(result.itemsDeleted()).isEqualTo(total(seeded));
        assertThat(result.batches()).isGreaterThanOrEqualTo((int) (total(seeded) / 7));
        assertThat(ItemCounts.byKind(custody.services().items(), acme)).isEmpty();
        assertThat(custody.services().tenants().find(acme)).isPresent();
        assertThat(custody.services().receipts().all()).isEmpty();
    }

    @Test
    void idle_items_of_several_tenants_are_deleted_tenant_by_tenant_and_recent_ones_kept() {
        var acme = custody.install("acme");
        var globex = custody.install("globex");
        var idleAcme = custody.seedOperationData(acme, 1, 2);
        var idleGlobex = custody.seedOperationData(globex, 2, 1);
        clock.advance(Duration.ofDays(30).plusSeconds(1));
        var recent = custody.install("recent");
        var recentItems = custody.seedOperationData(recent, 1, 1);

        var result = custody.services().retentionEngine(4, RetentionEngine.BatchListener.NONE).sweep();

        assertThat(result.purges()).isEmpty();
        assertThat(result.itemsDeleted()).isEqualTo(total(idleAcme) + total(idleGlobex));
        assertThat(ItemCounts.byKind(custody.services().items(), acme)).isEmpty();
        assertThat(ItemCounts.byKind(custody.services().items(), globex)).isEmpty();
        assertThat(ItemCounts.byKind(custody.services().items(), recent)).isEqualTo(recentItems);
    }

    @Test
    void nothing_is_deleted_before_its_deadline_and_a_reinstall_before_the_deadline_keeps_everything() {
        var acme = custody.install("acme");
        var seeded = custody.seedOperationData(acme, 2, 3);
        custody.uninstall(acme);
        clock.advanceDays(20);
        var engine = custody.services().retentionEngine(10, RetentionEngine.BatchListener.NONE);
        assertThat(engine.sweep().itemsDeleted()).isZero();

        custody.install("acme");
        clock.advanceDays(5);

        assertThat(engine.sweep().itemsDeleted()).isZero();
        assertThat(ItemCounts.byKind(custody.services().items(), acme)).isEqualTo(seeded);
    }

    @Test
    void only_the_tenant_whose_deadline_passed_is_purged() {
        var early = custody.install("early");
        custody.seedOperationData(early, 1, 3);
        custody.uninstall(early);
        clock.advanceDays(10);
        var late = custody.install("late");
        custody.uninstall(late);
        clock.advanceDays(171);

        var result = custody.services().retentionEngine(10, RetentionEngine.BatchListener.NONE).sweep();

        assertThat(result.purges()).singleElement()
                .satisfies(purge -> assertThat(purge.purged().clientKey()).isEqualTo(early));
        assertThat(custody.services().tenants().find(new ClientKey("late"))).isPresent();
        assertThat(custody.services().receipts().all()).hasSize(1);
    }

    /** Installs the tenant, stores operation data, uninstalls it; returns what its purge receipt must count. */
    private Map<ItemKind, Long> uninstalledWithData(ClientKey tenant, int relations, int twinsPerRelation) {
        custody.install(tenant.value());
        var counts = new EnumMap<ItemKind, Long>(ItemKind.class);
        counts.putAll(custody.seedOperationData(tenant, relations, twinsPerRelation));
        counts.put(ItemKind.INSTALLATION_RECORD, 1L);
        custody.uninstall(tenant);
        return counts;
    }

    static long total(Map<ItemKind, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
