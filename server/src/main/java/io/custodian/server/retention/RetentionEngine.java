package io.custodian.server.retention;

import io.custodian.domain.common.Transactions;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.receipt.DeletionTrigger;
import io.custodian.domain.retention.DeletionCause;
import io.custodian.domain.retention.FindDueDeletionsQuery;
import io.custodian.domain.retention.FindDueDeletionsUseCase;
import io.custodian.domain.retention.ItemRef;
import io.custodian.domain.retention.Purge;
import io.custodian.domain.retention.ScheduledDeletion;
import io.custodian.domain.retention.TenantPurge;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.TenantStore;
import io.custodian.persistence.retention.ItemBatches;
import io.custodian.persistence.retention.PurgeLedger;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The retention engine: asks the domain what is due and deletes it in bounded batches, each in its own short
 * transaction, so app requests keep flowing during a large purge.
 *
 * <p>A tenant purge is crash-safe and safe with several processes: the purge is first recorded as in progress
 * (committed before any item is deleted); each batch locks that record ({@code FOR UPDATE SKIP LOCKED}: a process
 * that cannot have it leaves the tenant to the one that has), deletes at most {@code batchSize} items children
 * first, and adds what it deleted to the recorded counts in the same transaction. The last transaction finds nothing
 * left, completes the purge in the domain (data key destroyed, record deleted, receipt signed and archived, audit
 * entry) and removes the progress record, so exactly one receipt counts every item. An interrupted purge resumes on
 * the next sweep of any process.
 */
public final class RetentionEngine {

    private static final System.Logger LOG = System.getLogger(RetentionEngine.class.getName());

    private final TenantStore tenants;
    private final TenantPurge purge;
    private final FindDueDeletionsUseCase due;
    private final ItemBatches batches;
    private final PurgeLedger progress;
    private final Transactions transactions;
    private final InstantSource clock;
    private final int batchSize;
    private final BatchListener listener;

    /** Observes every committed batch (metrics, benchmarks, fault-injection in tests). */
    public interface BatchListener {
        BatchListener NONE = (tenant, kind, deleted, duration) -> {
        };

        void batchCommitted(ClientKey tenant, Optional<ItemKind> kind, int deleted, Duration duration);
    }

    public RetentionEngine(TenantStore tenants, TenantPurge purge, FindDueDeletionsUseCase due, ItemBatches batches,
                           PurgeLedger progress, Transactions transactions, InstantSource clock, int batchSize,
                           BatchListener listener) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.purge = Objects.requireNonNull(purge, "purge");
        this.due = Objects.requireNonNull(due, "due");
        this.batches = Objects.requireNonNull(batches, "batches");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (batchSize < 1 || batchSize > ItemBatches.MAX_BATCH) {
            throw new IllegalArgumentException("sweep batch size must be between 1 and " + ItemBatches.MAX_BATCH);
        }
        this.batchSize = batchSize;
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** What one sweep did. */
    public record SweepResult(Instant at, List<Purge> purges, long itemsDeleted, int batches, Duration longestBatch) {
    }

    /** One sweep: purges every tenant whose deadline passed (resuming interrupted purges), then expired items. */
    public SweepResult sweep() {
        var now = clock.instant();
        var stats = new Stats();
        var purges = new ArrayList<Purge>();
        for (ClientKey tenant : purgeCandidates(now)) {
            purgeTenant(tenant, now, stats).ifPresent(purges::add);
        }
        deleteExpiredItems(now, stats);
        return new SweepResult(now, List.copyOf(purges), stats.items, stats.batches, stats.longest);
    }

    private List<ClientKey> purgeCandidates(Instant now) {
        var candidates = new LinkedHashSet<ClientKey>(progress.inProgress());
        tenants.markedForDeletionDueBy(now).forEach(record -> candidates.add(record.clientKey()));
        return List.copyOf(candidates);
    }

    /** Purges one tenant in batches; empty when another process has it or it is no longer due. */
    Optional<Purge> purgeTenant(ClientKey tenant, Instant now, Stats stats) {
        boolean started = transactions.inTransaction(() -> {
            var record = tenants.find(tenant);
            if (record.isPresent() && record.get().isPurgeDue(now)) {
                progress.begin(tenant, now);
                return true;
            }
            return progress.isInProgress(tenant);
        });
        if (!started) {
            return Optional.empty();
        }
        while (true) {
            long begin = System.nanoTime();
            var step = transactions.inTransaction(() -> purgeStep(tenant, now));
            var duration = Duration.ofNanos(System.nanoTime() - begin);
            switch (step) {
                case Step.Skipped skipped -> {
                    return Optional.empty();
                }
                case Step.Deleted(ItemKind kind, int count) -> {
                    stats.batch(count, duration);
                    listener.batchCommitted(tenant, Optional.of(kind), count, duration);
                }
                case Step.Completed(Purge completed) -> {
                    stats.batch(0, duration);
                    listener.batchCommitted(tenant, Optional.empty(), 0, duration);
                    LOG.log(System.Logger.Level.INFO, "Purged a tenant: receipt {0}, {1} item(s)",
                            completed.receipt().receipt().id(),
                            String.valueOf(completed.deletedPerKind().values().stream().mapToLong(Long::longValue).sum()));
                    return Optional.of(completed);
                }
            }
        }
    }

    private sealed interface Step {
        record Skipped() implements Step {
        }

        record Deleted(ItemKind kind, int count) implements Step {
        }

        record Completed(Purge purge) implements Step {
        }
    }

    /** One transaction of a purge: a batch of items, or the completion when none are left. */
    private Step purgeStep(ClientKey tenant, Instant now) {
        Optional<Map<ItemKind, Long>> counts = progress.lockIfInProgress(tenant);
        if (counts.isEmpty()) {
            return new Step.Skipped();
        }
        for (ItemKind kind : ItemBatches.deletionOrder()) {
            int deleted = batches.deleteBatch(tenant, kind, batchSize);
            if (deleted > 0) {
                progress.add(tenant, kind, deleted);
                return new Step.Deleted(kind, deleted);
            }
        }
        var record = tenants.find(tenant);
        if (record.isEmpty()) {
            // completed elsewhere before this process got the lock: nothing left to do
            progress.finish(tenant);
            return new Step.Skipped();
        }
        var completed = purge.complete(record.get(), now, new DeletionTrigger.UninstallGraceExpired(),
                counts.get());
        progress.finish(tenant);
        return new Step.Completed(completed);
    }

    /** Items whose rule ended (idle operation data, session data, resolved support data), in bounded batches. */
    private void deleteExpiredItems(Instant now, Stats stats) {
        List<ScheduledDeletion> expired = due.findDue(new FindDueDeletionsQuery(now, Optional.empty())).stream()
                .filter(deletion -> deletion.item().kind() != ItemKind.INSTALLATION_RECORD)
                // a tenant whose deadline passed is purged as a whole, with its receipt, not item by item
                .filter(deletion -> deletion.cause() != DeletionCause.PURGE_DEADLINE)
                .toList();
        List<ItemRef> refs = expired.stream().map(deletion -> deletion.item().ref()).toList();
        for (int from = 0; from < refs.size(); from += batchSize) {
            var chunk = refs.subList(from, Math.min(refs.size(), from + batchSize));
            long begin = System.nanoTime();
            int deleted = transactions.inTransaction(() -> batches.deleteRefs(chunk));
            var duration = Duration.ofNanos(System.nanoTime() - begin);
            stats.batch(deleted, duration);
            listener.batchCommitted(chunk.getFirst().tenant(), Optional.empty(), deleted, duration);
        }
        if (!refs.isEmpty()) {
            LOG.log(System.Logger.Level.INFO, "Deleted {0} expired item(s)", String.valueOf(refs.size()));
        }
    }

    /** Counters of one sweep. */
    static final class Stats {
        long items;
        int batches;
        Duration longest = Duration.ZERO;

        void batch(int deleted, Duration duration) {
            items += deleted;
            batches++;
            if (duration.compareTo(longest) > 0) {
                longest = duration;
            }
        }
    }

}
