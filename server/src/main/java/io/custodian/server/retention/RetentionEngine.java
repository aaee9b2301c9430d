package io.custodian.server.retention;

import io.custodian.domain.common.Transactions;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.receipt.DeletionTrigger;
import io.custodian.domain.retention.DeletionCause;
import io.custodian.domain.retention.FindDueDeletionsQuery;
import io.custodian.domain.retention.FindDueDeletionsUseCase;
import io.custodian.domain.retention.Inventory;
import io.custodian.domain.retention.ItemRef;
import io.custodian.domain.retention.Purge;
import io.custodian.domain.retention.TenantPurge;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.InstallationRecord;
import io.custodian.domain.tenant.TenantStore;
import io.custodian.persistence.retention.ItemBatches;
import io.custodian.persistence.retention.PurgeLedger;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The retention engine: asks the domain what is due and deletes it in bounded batches, each in its own short
 * transaction, so app requests keep flowing during a large purge.
 *
 * <p>Tenant purges are crash-safe and safe with several processes: every due tenant's purge is first recorded as in
 * progress in the purge ledger (committed before any item is deleted). A sweep runs {@code workers} threads; each
 * batch is one transaction that locks a group of recorded purges ({@code FOR UPDATE SKIP LOCKED}: other threads and
 * processes take other tenants) and deletes at most {@code batchSize} of their items: kind by kind, children first,
 * one statement per tenant (all of a kind sent in one round trip), each limited to the group's share of what is left
 * of the batch, the per-tenant counts the statements report added to the ledger. A tenant due for purge gets no new
 * data (app requests and re-installs are refused), so a statement that deleted fewer rows than its limit leaves none
 * of that kind. Every tenant of the group with nothing left is completed in the same transaction (key destroyed,
 * record deleted, one signed receipt counting exactly what the ledger recorded, audit entry, ledger record removed):
 * the receipt is written in the same transaction as the last batch. The database refuses to delete an installation
 * that still has items, so a tenant is never completed with data left behind. An interrupted purge (process killed)
 * resumes on the next sweep of any process, and exactly one receipt is issued.
 *
 * <p>The group size adapts to the tenants: a worker aims at groups whose items fit in one batch (so that most
 * tenants are deleted and completed in a single transaction), from what the tenants it completed held on average.
 */
public final class RetentionEngine {

    private static final System.Logger LOG = System.getLogger(RetentionEngine.class.getName());

    /** Largest batch (items deleted per transaction) the engine accepts. */
    public static final int MAX_BATCH = ItemBatches.MAX_BATCH;
    /** Largest number of sweeper threads per process. */
    public static final int MAX_WORKERS = 16;
    /** Most purges one batch locks and works on. */
    static final int MAX_GROUP = 200;
    /** Items per tenant assumed before a worker has completed any purge. */
    static final int ASSUMED_ITEMS_PER_TENANT = 1_000;

    private final TenantStore tenants;
    private final TenantPurge purge;
    private final FindDueDeletionsUseCase due;
    private final Inventory inventory;
    private final ItemBatches batches;
    private final PurgeLedger progress;
    private final Transactions transactions;
    private final InstantSource clock;
    private final int batchSize;
    private final int workers;
    private final BatchListener listener;

    /** Observes every committed batch (metrics, benchmarks, tests): items deleted and purges completed. */
    public interface BatchListener {
        BatchListener NONE = (deleted, purged, duration) -> {
        };

        void batchCommitted(int deleted, int purged, Duration duration);
    }

    public RetentionEngine(TenantStore tenants, TenantPurge purge, FindDueDeletionsUseCase due, Inventory inventory,
                           ItemBatches batches, PurgeLedger progress, Transactions transactions, InstantSource clock,
                           int batchSize, int workers, BatchListener listener) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.purge = Objects.requireNonNull(purge, "purge");
        this.due = Objects.requireNonNull(due, "due");
        this.inventory = Objects.requireNonNull(inventory, "inventory");
        this.batches = Objects.requireNonNull(batches, "batches");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (batchSize < 1 || batchSize > MAX_BATCH) {
            throw new IllegalArgumentException("sweep batch size must be between 1 and " + MAX_BATCH);
        }
        if (workers < 1 || workers > MAX_WORKERS) {
            throw new IllegalArgumentException("sweep workers must be between 1 and " + MAX_WORKERS);
        }
        this.batchSize = batchSize;
        this.workers = workers;
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** What one sweep did. */
    public record SweepResult(Instant at, List<Purge> purges, long itemsDeleted, int batches, Duration longestBatch) {
    }

    /**
     * One sweep: purges every tenant whose deadline passed (resuming interrupted purges), then expired items. An
     * interrupt of the calling thread ends the sweep after the transaction under way (the next sweep resumes).
     */
    public SweepResult sweep() {
        var now = clock.instant();
        var stats = new Stats();
        var purges = Collections.synchronizedList(new ArrayList<Purge>());
        transactions.run(() -> progress.beginAll(tenants.markedForDeletionDueBy(now).stream()
                .map(InstallationRecord::clientKey).toList(), now));
        if (workers == 1) {
            new Worker(now, stats, purges).run();
        } else {
            runInParallel(now, stats, purges);
        }
        if (!Thread.currentThread().isInterrupted()) {
            deleteExpiredItems(now, stats);
        }
        return new SweepResult(now, List.copyOf(purges), stats.items, stats.batches, stats.longest);
    }

    private void runInParallel(Instant now, Stats stats, List<Purge> purges) {
        var threads = Thread.ofPlatform().name("custodian-sweep-", 1).factory();
        List<Future<?>> running = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(workers, threads)) {
            for (int i = 0; i < workers; i++) {
                running.add(pool.submit(new Worker(now, stats, purges)));
            }
            RuntimeException failure = null;
            for (Future<?> worker : running) {
                try {
                    worker.get();
                } catch (ExecutionException e) {
                    RuntimeException cause = e.getCause() instanceof RuntimeException runtime ? runtime
                            : new IllegalStateException("a sweep worker failed", e.getCause());
                    if (failure == null) {
                        failure = cause;
                    } else {
                        failure.addSuppressed(cause);
                    }
                } catch (InterruptedException e) {
                    // stopping: every worker ends after its current transaction (closing the pool waits for that)
                    running.forEach(other -> other.cancel(true));
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
    }

    /** One committed batch; {@code null} when no purge was left that the worker could lock. */
    private record Batch(int deleted, List<Purge> completed) {
    }

    /** One sweeper thread: runs batches until no purge is left that it could lock. */
    private final class Worker implements Runnable {

        private final Instant now;
        private final Stats stats;
        private final List<Purge> purges;
        private long completedTenants;
        private long completedItems;

        Worker(Instant now, Stats stats, List<Purge> purges) {
            this.now = now;
            this.stats = stats;
            this.purges = purges;
        }

        @Override
        public void run() {
            boolean failedBefore = false;
            while (!Thread.currentThread().isInterrupted()) {
                long begin = System.nanoTime();
                Batch batch;
                try {
                    batch = transactions.inTransaction(this::batch);
                } catch (RuntimeException e) {
                    // rolled back, nothing of it counted; once in a row is retried (e.g. the database refused to
                    // delete an installation because an item was written after its kind was found empty, which the
                    // next batch deletes), twice ends the sweep: the next sweep resumes from the ledger
                    if (failedBefore) {
                        throw e;
                    }
                    LOG.log(System.Logger.Level.WARNING, "A retention batch failed and was rolled back; retrying", e);
                    failedBefore = true;
                    continue;
                }
                failedBefore = false;
                if (batch == null || batch.deleted() == 0 && batch.completed().isEmpty()) {
                    // nothing left that this worker could lock, or only purges not due yet by this process's clock
                    return;
                }
                var duration = Duration.ofNanos(System.nanoTime() - begin);
                stats.batch(batch.deleted(), duration);
                listener.batchCommitted(batch.deleted(), batch.completed().size(), duration);
                purges.addAll(batch.completed());
                for (Purge purge : batch.completed()) {
                    long items = purge.deletedPerKind().values().stream().mapToLong(Long::longValue).sum();
                    completedTenants++;
                    completedItems += items;
                    LOG.log(System.Logger.Level.DEBUG, "Purged a tenant: receipt {0}, {1} item(s)",
                            purge.receipt().receipt().id(), String.valueOf(items));
                }
                if (!batch.completed().isEmpty()) {
                    LOG.log(System.Logger.Level.INFO, "Purged {0} tenant(s) in one batch, {1} item(s) deleted",
                            String.valueOf(batch.completed().size()), String.valueOf(batch.deleted()));
                }
            }
        }

        /** Purges per batch: as many as fit in one batch, judging by the tenants completed so far. */
        private int groupSize() {
            double perTenant = completedTenants == 0 ? ASSUMED_ITEMS_PER_TENANT
                    : Math.max(1.0, (double) completedItems / completedTenants);
            // some slack, so that a group of average tenants fits with room to spare
            return (int) Math.clamp((long) (batchSize / (perTenant * 1.25)), 1, MAX_GROUP);
        }

        /**
         * One transaction: locks a group of purges in progress, deletes at most {@code batchSize} of their items
         * (kind by kind, children first), adding the per-tenant counts to the ledger, then completes every purge of
         * the group that has nothing left.
         */
        private Batch batch() {
            List<ClientKey> group = progress.lockGroup(groupSize());
            if (group.isEmpty()) {
                return null;
            }
            int budget = batchSize;
            int deletedTotal = 0;
            Set<ClientKey> unfinished = new HashSet<>();
            List<ClientKey> active = new ArrayList<>(group);
            Set<ItemKind> present = batches.kindsWithItems(group);
            for (ItemKind kind : ItemBatches.deletionOrder()) {
                if (!present.contains(kind)) {
                    continue;
                }
                if (active.isEmpty()) {
                    break;
                }
                if (budget == 0) {
                    unfinished.addAll(active);
                    break;
                }
                // when fewer items than tenants are left in the budget, the later tenants wait for the next batch
                List<ClientKey> taking = active.subList(0, Math.min(active.size(), budget));
                unfinished.addAll(active.subList(taking.size(), active.size()));
                int limit = budget / taking.size();
                Map<ClientKey, Integer> deleted = batches.deleteEach(taking, kind, limit);
                Map<ClientKey, Integer> counted = new LinkedHashMap<>();
                List<ClientKey> atLimit = new ArrayList<>();
                deleted.forEach((tenant, count) -> {
                    if (count > 0) {
                        counted.put(tenant, count);
                    }
                    if (count == limit) {
                        atLimit.add(tenant);
                    }
                });
                int sum = counted.values().stream().mapToInt(Integer::intValue).sum();
                budget -= sum;
                deletedTotal += sum;
                progress.addAll(kind, counted);
                // a tenant whose statement reached its limit may have more of this kind: its parents must wait
                Set<ClientKey> more = atLimit.isEmpty() ? Set.of() : batches.tenantsWithItems(atLimit, kind);
                unfinished.addAll(more);
                active = new ArrayList<>(taking.stream().filter(tenant -> !more.contains(tenant)).toList());
            }
            List<ClientKey> done = group.stream().filter(tenant -> !unfinished.contains(tenant)).toList();
            if (done.isEmpty()) {
                return new Batch(deletedTotal, List.of());
            }
            // a record is gone only if a purge completed without removing its progress: nothing left to complete;
            // one not due by this process's clock (another process, whose clock is ahead, began the purge) waits
            var found = tenants.findAll(done);
            var records = found.stream().filter(record -> record.isPurgeDue(now)).toList();
            Set<ClientKey> waiting = found.stream().filter(record -> !record.isPurgeDue(now))
                    .map(InstallationRecord::clientKey).collect(java.util.stream.Collectors.toSet());
            var counts = progress.counts(done);
            var completed = purge.completeAll(records, now, new DeletionTrigger.UninstallGraceExpired(), counts);
            progress.finishAll(done.stream().filter(tenant -> !waiting.contains(tenant)).toList());
            return new Batch(deletedTotal, completed);
        }
    }

    /**
     * Items whose rule ended (idle operation data, session data, resolved support data), in bounded batches. The
     * domain evaluates one tenant at a time (its rules look at parents and siblings), so memory stays bounded by the
     * largest tenant, not by everything that is due.
     */
    private void deleteExpiredItems(Instant now, Stats stats) {
        // a tenant being purged (here or by another process) is deleted as a whole, with its receipt counting every
        // item; its items are not expired one by one
        var purging = new HashSet<>(transactions.inTransaction(progress::inProgress));
        transactions.inTransaction(() -> tenants.markedForDeletionDueBy(now))
                .forEach(record -> purging.add(record.clientKey()));
        var candidates = new java.util.TreeSet<ClientKey>(java.util.Comparator.comparing(ClientKey::value));
        candidates.addAll(transactions.inTransaction(inventory::tenantsWithItems));
        candidates.removeAll(purging);
        long total = 0;
        for (ClientKey tenant : candidates) {
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            List<ItemRef> refs = due.findDue(new FindDueDeletionsQuery(now, Optional.of(tenant))).stream()
                    .filter(deletion -> deletion.item().kind() != ItemKind.INSTALLATION_RECORD)
                    .filter(deletion -> deletion.cause() != DeletionCause.PURGE_DEADLINE)
                    .map(deletion -> deletion.item().ref())
                    .toList();
            for (int from = 0; from < refs.size(); from += batchSize) {
                var chunk = refs.subList(from, Math.min(refs.size(), from + batchSize));
                long begin = System.nanoTime();
                int deleted = transactions.inTransaction(() -> batches.deleteRefs(chunk));
                var duration = Duration.ofNanos(System.nanoTime() - begin);
                stats.batch(deleted, duration);
                listener.batchCommitted(deleted, 0, duration);
            }
            total += refs.size();
        }
        if (total > 0) {
            LOG.log(System.Logger.Level.INFO, "Deleted {0} expired item(s)", String.valueOf(total));
        }
    }

    /** Counters of one sweep, shared by its workers. */
    static final class Stats {
        long items;
        int batches;
        Duration longest = Duration.ZERO;

        synchronized void batch(int deleted, Duration duration) {
            items += deleted;
            batches++;
            if (duration.compareTo(longest) > 0) {
                longest = duration;
            }
        }
    }

}
