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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The retention engine: asks the domain what is due and deletes it in bounded batches, each in its own short
 * transaction, so app requests keep flowing during a large purge.
 *
 * <p>Tenant purges are crash-safe and safe with several processes: every due tenant's purge is first recorded as in
 * progress (committed before any item is deleted). Each batch transaction locks a group of recorded purges
 * ({@code FOR UPDATE SKIP LOCKED}: another process takes other tenants), deletes at most {@code batchSize} items of
 * one kind among them, children first, and adds what it deleted to each purge's counts in the same transaction. When
 * a group has nothing left, its purges are completed in the domain (data key destroyed, record deleted, receipt
 * signed and archived, audit entry) and their records removed, a few per transaction, so exactly one receipt counts
 * every item of a tenant. An interrupted purge resumes on the next sweep of any process.
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

    /** Tenants' purges locked together by one transaction. */
    static final int GROUP_SIZE = 100;
    /** Purges completed per transaction (each: record, key, receipt, audit entry). */
    static final int COMPLETIONS_PER_TRANSACTION = 20;

    /** Observes every committed batch (metrics, benchmarks, tests); {@code kind} is empty for completions. */
    public interface BatchListener {
        BatchListener NONE = (kind, deleted, duration) -> {
        };

        void batchCommitted(Optional<ItemKind> kind, int deleted, Duration duration);
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
        transactions.run(() -> tenants.markedForDeletionDueBy(now)
                .forEach(record -> progress.begin(record.clientKey(), now)));
        while (true) {
            long begin = System.nanoTime();
            var step = transactions.inTransaction(() -> purgeStep(now));
            var duration = Duration.ofNanos(System.nanoTime() - begin);
            switch (step) {
                case Step.Idle idle -> {
                    deleteExpiredItems(now, stats);
                    return new SweepResult(now, List.copyOf(purges), stats.items, stats.batches, stats.longest);
                }
                case Step.Deleted(ItemKind kind, int count) -> {
                    stats.batch(count, duration);
                    listener.batchCommitted(Optional.of(kind), count, duration);
                }
                case Step.Completed(List<Purge> completed) -> {
                    stats.batch(0, duration);
                    listener.batchCommitted(Optional.empty(), 0, duration);
                    purges.addAll(completed);
                    completed.forEach(purge -> LOG.log(System.Logger.Level.INFO,
                            "Purged a tenant: receipt {0}, {1} item(s)", purge.receipt().receipt().id(),
                            String.valueOf(purge.deletedPerKind().values().stream().mapToLong(Long::longValue).sum())));
                }
            }
        }
    }

    private sealed interface Step {
        /** No purge left that this process could lock. */
        record Idle() implements Step {
        }

        record Deleted(ItemKind kind, int count) implements Step {
        }

        record Completed(List<Purge> purges) implements Step {
        }
    }

    /**
     * One transaction: locks a group of purges in progress (skipping those another process holds), deletes one
     * batch of their items, children first, adding the counts to each purge; when the group has no items left,
     * completes up to {@link #COMPLETIONS_PER_TRANSACTION} of its purges instead (record, key, receipt, audit).
     */
    private Step purgeStep(Instant now) {
        List<ClientKey> group = progress.lockGroup(GROUP_SIZE);
        if (group.isEmpty()) {
            return new Step.Idle();
        }
        for (ItemKind kind : ItemBatches.deletionOrder()) {
            Map<ClientKey, Integer> deleted = batches.deleteBatch(group, kind, batchSize);
            if (!deleted.isEmpty()) {
                progress.addAll(kind, deleted);
                return new Step.Deleted(kind, deleted.values().stream().mapToInt(Integer::intValue).sum());
            }
        }
        var completing = group.subList(0, Math.min(group.size(), COMPLETIONS_PER_TRANSACTION));
        var counts = progress.counts(completing);
        var completed = new ArrayList<Purge>();
        for (ClientKey tenant : completing) {
            // the record is gone only if a purge completed without removing its progress: nothing left to count
            tenants.find(tenant).ifPresent(record -> completed.add(purge.complete(record, now,
                    new DeletionTrigger.UninstallGraceExpired(), counts.get(tenant))));
            progress.finish(tenant);
        }
        return new Step.Completed(completed);
    }

    /** Items whose rule ended (idle operation data, session data, resolved support data), in bounded batches. */
    private void deleteExpiredItems(Instant now, Stats stats) {
        // a tenant being purged (here or by another process) is deleted as a whole, with its receipt counting every
        // item; its items are not expired one by one
        var purging = new java.util.HashSet<>(progress.inProgress());
        tenants.markedForDeletionDueBy(now).forEach(record -> purging.add(record.clientKey()));
        List<ScheduledDeletion> expired = due.findDue(new FindDueDeletionsQuery(now, Optional.empty())).stream()
                .filter(deletion -> deletion.item().kind() != ItemKind.INSTALLATION_RECORD)
                .filter(deletion -> deletion.cause() != DeletionCause.PURGE_DEADLINE)
                .filter(deletion -> !purging.contains(deletion.item().tenant()))
                .toList();
        List<ItemRef> refs = expired.stream().map(deletion -> deletion.item().ref()).toList();
        for (int from = 0; from < refs.size(); from += batchSize) {
            var chunk = refs.subList(from, Math.min(refs.size(), from + batchSize));
            long begin = System.nanoTime();
            int deleted = transactions.inTransaction(() -> batches.deleteRefs(chunk));
            var duration = Duration.ofNanos(System.nanoTime() - begin);
            stats.batch(deleted, duration);
            listener.batchCommitted(Optional.empty(), deleted, duration);
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
