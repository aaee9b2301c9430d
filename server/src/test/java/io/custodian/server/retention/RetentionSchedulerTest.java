package io.custodian.server.retention;

import io.custodian.domain.testing.ItemCounts;
import io.custodian.domain.testing.MutableClock;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.server.testing.RunningServer;
import io.custodian.server.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Stopping the scheduler during a purge: the sweep ends after its current transaction and the next one resumes. */
class RetentionSchedulerTest {

    private static final int TENANTS = 20;
    /** Bound on every wait: reached only when the sweep does not react, failing the test. */
    private static final long WAIT_SECONDS = 30;

    private final MutableClock clock = MutableClock.at("2026-03-01T09:00:00Z");
    private TestServices custody;

    @BeforeEach
    void open() {
        custody = TestServices.open(RunningServer.environment(RetentionSchedulerTest.class), clock);
    }

    @AfterEach
    void close() {
        custody.close();
    }

    private List<ClientKey> uninstalledTenantsPastTheirDeadline() {
        List<ClientKey> tenants = new ArrayList<>();
        for (int i = 0; i < TENANTS; i++) {
            var tenant = custody.install(String.format("tenant-%02d", i));
            custody.seedOperationData(tenant, 1, 2);
            custody.uninstall(tenant);
            tenants.add(tenant);
        }
        clock.advanceDays(180);
        return tenants;
    }

    /** Holds the calling thread until it is interrupted (or the bound passes, which fails the test later). */
    private static void holdUntilInterrupted() {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!Thread.currentThread().isInterrupted() && System.nanoTime() < until) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
    }

    private void assertTheNextSweepCompletesEveryPurgeOnce(List<ClientKey> tenants) {
        var inProgress = custody.services().purgeProgress().inProgress();
        assertThat(inProgress).as("the remaining purges stay recorded").isNotEmpty();
        int receiptsSoFar = custody.services().receipts().all().size();
        assertThat(receiptsSoFar + inProgress.size()).isEqualTo(TENANTS);

        var result = custody.services().retentionEngine(10, RetentionEngine.BatchListener.NONE).sweep();

        assertThat(result.purges()).hasSize(TENANTS - receiptsSoFar);
        assertThat(custody.services().receipts().all()).hasSize(TENANTS);
        assertThat(custody.services().purgeProgress().inProgress()).isEmpty();
        tenants.forEach(tenant -> {
            assertThat(custody.services().tenants().find(tenant)).isEmpty();
            assertThat(ItemCounts.byKind(custody.services().items(), tenant)).isEmpty();
        });
    }

    @Test
    void closing_the_scheduler_stops_every_worker_of_a_purge_after_its_current_batch() throws Exception {
        var tenants = uninstalledTenantsPastTheirDeadline();
        var firstBatch = new CountDownLatch(1);
        var batches = new AtomicInteger();
        // every batch of every worker holds its thread until the scheduler is closed
        var engine = custody.services().retentionEngine(10, 2, (deleted, purged, duration) -> {
            batches.incrementAndGet();
            firstBatch.countDown();
            holdUntilInterrupted();
        });
        var scheduler = RetentionScheduler.start(engine, () -> { }, Duration.ZERO, Duration.ofHours(1));

        assertThat(firstBatch.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("a first batch committed").isTrue();
        scheduler.close();

        assertThat(batches.get()).as("one batch per worker, none after the interrupt").isBetween(1, 2);
        assertTheNextSweepCompletesEveryPurgeOnce(tenants);
    }

    @Test
    void closing_the_scheduler_stops_a_purge_after_its_current_batch_and_the_next_sweep_completes_it() throws Exception {
        var tenants = uninstalledTenantsPastTheirDeadline();
        var firstBatch = new CountDownLatch(1);
        var batches = new AtomicInteger();
        // one tenant per batch (a batch of 10 items fits no more than one group of one)
        var engine = custody.services().retentionEngine(10, (deleted, purged, duration) -> {
            batches.incrementAndGet();
            if (firstBatch.getCount() > 0) {
                firstBatch.countDown();
                holdUntilInterrupted(); // until the scheduler is closed, which interrupts its thread
            }
        });
        var scheduler = RetentionScheduler.start(engine, () -> { }, Duration.ZERO, Duration.ofHours(1));

        assertThat(firstBatch.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("a first batch committed").isTrue();
        scheduler.close();

        assertThat(batches.get()).as("no batch after the interrupt").isEqualTo(1);
        assertTheNextSweepCompletesEveryPurgeOnce(tenants);
    }
}
