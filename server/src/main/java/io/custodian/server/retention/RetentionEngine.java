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
import io.custodian.persistence.retention.PageSweep;
import io.custodian.persistence.retention.PurgeLedger;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * The retention engine: asks the domain what is due and deletes it in bounded batches, each in its own short
 * transaction, so app requests keep flowing during a large purge.
 *
 * <p>Tenant purges are crash-safe and safe with several processes. Every due tenant's purge is first recorded as in
 * progress in the purge ledger, with what the tenant holds of each kind counted in the same transaction (committed
 * before any item is deleted): from then on the database's write gate refuses every item write for the tenant, so
 * the counts stay exact and are what its receipt reports. Where the tenants whose purges begin together hold more
 * rows of an item table than the table has pages, the table is swept once in page order ({@link PageSweep}, one
 * chunk of pages per transaction) instead of tenant by tenant through the index; a sweep that deleted exactly the
 * counted rows marks those kinds done, otherwise the index path takes them over.
 *
 * <p>A sweep runs {@code workers} threads. Each takes the next chunk of a page sweep no other thread or process holds;
 * when there is none, a batch of the index path: one transaction that locks a group of recorded purges
 * ({@code FOR UPDATE SKIP LOCKED}: other threads and processes take other tenants) and deletes at most
 * {@code batchSize} of their items, kind by kind, children first, one statement per tenant (all of a kind sent in one
 * round trip); a statement that deleted fewer rows than its limit leaves none of that kind. Every tenant of the group
 * with nothing left is completed in the same transaction (key destroyed, record deleted, one signed receipt with the
 * counts, audit entry, ledger record removed): the receipt is written in the same transaction as the purge's last
 * deletion. An interrupted purge (process killed) resumes on the next sweep of any process, and exactly one receipt is
 * issued.
 *
 * <p>The group size adapts to the tenants: a worker aims at groups whose pending items fit in one batch (so that most
 * tenants are deleted and completed in a single transaction), from what the tenants of its last group held. The page
 * sweep chunk size adapts to the load ({@link ChunkSizer}): a chunk whose transaction took longer than the chunk target
 * halves the worker's next chunk, so that chunks stay short while app requests take the CPU, and fast chunks grow
 * back to the configured size.
 */
public final class RetentionEngine {

    private static final System.Logger LOG = System.getLogger(RetentionEngine.class.getName());

    /** Largest batch (items deleted per transaction) the engine accepts. */
    public static final int MAX_BATCH = ItemBatches.MAX_BATCH;
    /** Largest number of sweeper threads per process. */
    public static final int MAX_WORKERS = 16;
    /** Most purges one batch locks and works on. */
    static final int MAX_GROUP = 50;
    /** Pending items per tenant assumed for a worker's first group. */
    static final int ASSUMED_ITEMS_PER_TENANT = 1_000;
    /** Duration a page sweep chunk's transaction should not exceed by default (half the longest batch aimed at). */
    public static final Duration DEFAULT_CHUNK_TARGET = Duration.ofMillis(50);
    /** Longest chunk target accepted. */
    public static final Duration MAX_CHUNK_TARGET = Duration.ofSeconds(10);

    private final TenantStore tenants;
    private final TenantPurge purge;
    private final FindDueDeletionsUseCase due;
    private final Inventory inventory;
    private final ItemBatches batches;
    private final PurgeLedger progress;
    private final PageSweep sweeps;
    private final Transactions transactions;
    private final InstantSource clock;
    private final int batchSize;
    private final int workers;
    private final Duration chunkTarget;
    private final BatchListener listener;

    /** Observes every committed batch (metrics, benchmarks, tests): items deleted and purges completed. */
    public interface BatchListener {
        BatchListener NONE = (deleted, purged, duration) -> {
        };

        void batchCommitted(int deleted, int purged, Duration duration);
    }

    public RetentionEngine(TenantStore tenants, TenantPurge purge, FindDueDeletionsUseCase due, Inventory inventory,
                           ItemBatches batches, PurgeLedger progress, PageSweep sweeps, Transactions transactions,
                           InstantSource clock,
                           int batchSize, int workers, Duration chunkTarget, BatchListener listener) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.purge = Objects.requireNonNull(purge, "purge");
        this.due = Objects.requireNonNull(due, "due");
        this.inventory = Objects.requireNonNull(inventory, "inventory");
        this.batches = Objects.requireNonNull(batches, "batches");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.sweeps = Objects.requireNonNull(sweeps, "sweeps");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (batchSize < 1 || batchSize > MAX_BATCH) {
            throw new IllegalArgumentException("sweep batch size must be between 1 and " + MAX_BATCH);
        }
        if (workers < 1 || workers > MAX_WORKERS) {
            throw new IllegalArgumentException("sweep workers must be between 1 and " + MAX_WORKERS);
        }
        Objects.requireNonNull(chunkTarget, "chunkTarget");
        if (chunkTarget.isNegative() || chunkTarget.compareTo(MAX_CHUNK_TARGET) > 0) {
            throw new IllegalArgumentException("the page sweep chunk target must be between 0 (chunks of a fixed size)"
                    + " and " + MAX_CHUNK_TARGET + ", was " + chunkTarget);
        }
        this.batchSize = batchSize;
        this.workers = workers;
        this.chunkTarget = chunkTarget;
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * What one sweep did, and where its time went; {@code chunks} page sweep chunks ran, the smallest of
     * {@code smallestChunkRows} rows' worth of pages (0 without chunks).
     */
    public record SweepResult(Instant at, List<Purge> purges, long itemsDeleted, int batches, Duration longestBatch,
                              Phases phases, int chunks, int smallestChunkRows) {
    }

    /**
     * Where a sweep's time went: the wall time of beginning the due purges (counting them), of the workers purging,
     * and of deleting expired items; and, summed over the workers, the time spent in page sweep chunks (waits for
     * another worker's chunk included) and in batches that completed purges.
     */
    public record Phases(Duration beginning, Duration purging, Duration expiring, Duration inChunks,
                         Duration inCompletingBatches) {
    }

    /**
     * One sweep: purges every tenant whose deadline passed (resuming interrupted purges), then expired items. An
     * interrupt of the calling thread ends the sweep after the transaction under way (the next sweep resumes).
     */
    public SweepResult sweep() {
        var now = clock.instant();
        var stats = new Stats();
        var purges = Collections.synchronizedList(new ArrayList<Purge>());
        long start = System.nanoTime();
        transactions.run(() -> progress.beginAll(tenants.markedForDeletionDueBy(now).stream()
                .map(InstallationRecord::clientKey).toList(), now, sweeps));
        long begun = System.nanoTime();
        if (workers == 1) {
            new Worker(now, stats, purges).run();
        } else {
            runInParallel(now, stats, purges);
        }
        long purged = System.nanoTime();
        if (!Thread.currentThread().isInterrupted()) {
            deleteExpiredItems(now, stats);
        }
        var phases = new Phases(Duration.ofNanos(begun - start), Duration.ofNanos(purged - begun),
                Duration.ofNanos(System.nanoTime() - purged), stats.inChunks(), stats.inCompletingBatches());
        return new SweepResult(now, List.copyOf(purges), stats.items, stats.batches, stats.longest, phases,
                stats.chunks(), stats.smallestChunk());
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

    /**
     * One committed batch: items deleted, purges completed (receipts issued), purge records finished (those completed,
     * and any whose installation was already gone, finished without a receipt), and whether it was a chunk of a page
     * sweep.
     */
    private record Batch(int deleted, List<Purge> completed, int finished, boolean swept, int chunkRows) {

        /** A batch of the index path, or a wait for another transaction's chunk ({@code swept}). */
        Batch(int deleted, List<Purge> completed, int finished, boolean swept) {
            this(deleted, completed, finished, swept, 0);
        }

        boolean didNothing() {
            return !swept && deleted == 0 && finished == 0;
        }

        /** Whether it was a page sweep chunk (of {@code chunkRows} rows' worth of pages). */
        boolean chunk() {
            return chunkRows > 0;
        }
    }

    /** One sweeper thread: runs page sweep chunks, then batches, until no purge is left that it could lock. */
    private final class Worker implements Runnable {

        private final Instant now;
        private final Stats stats;
        private final List<Purge> purges;
        private double pendingPerTenant = ASSUMED_ITEMS_PER_TENANT;
        private final ChunkSizer chunkSize = new ChunkSizer(sweeps.chunkRows(), chunkTarget);

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
                    batch = transactions.inTransaction(this::step);
                } catch (RuntimeException e) {
                    // rolled back, nothing of it counted; once in a row is retried, twice ends the sweep: the next
                    // sweep resumes from the ledger
                    if (failedBefore) {
                        throw e;
                    }
                    LOG.log(System.Logger.Level.WARNING, "A retention batch failed and was rolled back; retrying", e);
                    failedBefore = true;
                    continue;
                }
                failedBefore = false;
                if (batch == null || batch.didNothing()) {
                    // nothing left that this worker could lock, or only purges not due yet by this process's clock
                    return;
                }
                var duration = Duration.ofNanos(System.nanoTime() - begin);
                stats.batch(batch.deleted(), duration);
                stats.phase(batch.swept(), !batch.completed().isEmpty(), duration);
                if (batch.chunk()) {
                    stats.chunk(batch.chunkRows());
                    chunkSize.observe(duration);
                }
                listener.batchCommitted(batch.deleted(), batch.completed().size(), duration);
                purges.addAll(batch.completed());
                for (Purge purge : batch.completed()) {
                    LOG.log(System.Logger.Level.DEBUG, "Purged a tenant: receipt {0}, {1} item(s)",
                            purge.receipt().receipt().id(), String.valueOf(purge.deletedPerKind().values().stream()
                                    .mapToLong(Long::longValue).sum()));
                }
                if (!batch.completed().isEmpty()) {
                    LOG.log(System.Logger.Level.INFO, "Purged {0} tenant(s) in one batch, {1} item(s) deleted",
                            String.valueOf(batch.completed().size()), String.valueOf(batch.deleted()));
                }
            }
        }

        /**
         * One transaction: the next chunk of a page sweep if there is one this worker can lock, else a batch; with
         * neither, while another transaction works on a sweep, waits for its chunk to commit (the purges it holds
         * back may then be completed) instead of ending.
         */
        private Batch step() {
            int rows = chunkSize.rows();
            var chunk = sweeps.next(rows);
            if (chunk.isPresent()) {
                return new Batch(chunk.get().deleted(), List.of(), 0, true, rows);
            }
            Batch batch = batch();
            if (batch == null && sweeps.awaitChunks()) {
                return new Batch(0, List.of(), 0, true);
            }
            return batch;
        }

        /** Purges per batch: as many as fit in one batch, judging by what the tenants of the last group held. */
        private int groupSize() {
            // some slack, so that a group of average tenants fits with room to spare
            return (int) Math.clamp((long) (batchSize / Math.max(1.0, pendingPerTenant * 1.25)), 1, MAX_GROUP);
        }

        /**
         * One transaction: locks a group of purges in progress, deletes at most {@code batchSize} of the items they
         * still have to delete through the index (kind by kind, children first), then completes every purge of the
         * group that has nothing left.
         */
        private Batch batch() {
            List<ClientKey> group = progress.lockGroup(groupSize());
            if (group.isEmpty()) {
                return null;
            }
            // the counts do not change while the purge runs (only their states): read once for the whole batch
            var groupCounts = progress.groupCounts(group);
            Map<ItemKind, Map<ClientKey, Long>> pending = groupCounts.pending();
            Map<ClientKey, Set<ItemKind>> remaining = new HashMap<>();
            long pendingItems = 0;
            for (var entry : pending.entrySet()) {
                for (var held : entry.getValue().entrySet()) {
                    remaining.computeIfAbsent(held.getKey(), tenant -> EnumSet.noneOf(ItemKind.class))
                            .add(entry.getKey());
                    pendingItems += held.getValue();
                }
            }
            pendingPerTenant = (double) pendingItems / group.size();
            int budget = batchSize;
            int deletedTotal = 0;
            // tenants that may have more of a kind than this batch deleted: their parent kinds wait
            Set<ClientKey> waiting = new HashSet<>();
            for (ItemKind kind : ItemBatches.deletionOrder()) {
                Map<ClientKey, Long> ofKind = pending.get(kind);
                if (ofKind == null) {
                    continue;
                }
                List<ClientKey> candidates = group.stream()
                        .filter(ofKind::containsKey)
                        .filter(tenant -> !waiting.contains(tenant))
                        .toList();
                // when fewer items than tenants are left in the budget, the later tenants wait for the next batch
                List<ClientKey> taking = candidates.subList(0, Math.min(candidates.size(), budget));
                waiting.addAll(candidates.subList(taking.size(), candidates.size()));
                if (taking.isEmpty()) {
                    continue;
                }
                int limit = budget / taking.size();
                List<ClientKey> emptied = new ArrayList<>();
                int sum = 0;
                for (var deleted : batches.deleteEach(taking, kind, limit).entrySet()) {
                    sum += deleted.getValue();
                    if (deleted.getValue() < limit) {
                        emptied.add(deleted.getKey());
                    } else {
                        waiting.add(deleted.getKey());
                    }
                }
                budget -= sum;
                deletedTotal += sum;
                progress.done(kind, emptied);
                emptied.forEach(tenant -> remaining.get(tenant).remove(kind));
            }
            List<ClientKey> done = group.stream()
                    .filter(tenant -> remaining.getOrDefault(tenant, Set.of()).isEmpty())
                    .toList();
            if (done.isEmpty()) {
                return new Batch(deletedTotal, List.of(), 0, false);
            }
            // a record already gone (its purge completed elsewhere) leaves nothing to complete but its progress;
            // one not due by this process's clock (another process, whose clock is ahead, began the purge) waits
            var found = tenants.findAll(done);
            var records = found.stream().filter(record -> record.isPurgeDue(now)).toList();
            Set<ClientKey> notDue = found.stream().filter(record -> !record.isPurgeDue(now))
                    .map(InstallationRecord::clientKey).collect(Collectors.toSet());
            var completed = purge.completeAll(records, now, new DeletionTrigger.UninstallGraceExpired(),
                    groupCounts.all());
            List<ClientKey> finished = done.stream().filter(tenant -> !notDue.contains(tenant)).toList();
            progress.finishAll(finished);
            return new Batch(deletedTotal, completed, finished.size(), false);
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
        var candidates = new TreeSet<ClientKey>(Comparator.comparing(ClientKey::value));
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
                // under the begin lock, shared: a purge that begins meanwhile counts after these deletions
                int deleted = transactions.inTransaction(() -> {
                    progress.holdBegins();
                    return progress.isInProgress(tenant) ? 0 : batches.deleteRefs(chunk);
                });
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
        private long chunkNanos;
        private long completingNanos;
        private int chunks;
        private int smallestChunk;

        synchronized void chunk(int rows) {
            chunks++;
            smallestChunk = chunks == 1 ? rows : Math.min(smallestChunk, rows);
        }

        synchronized int chunks() {
            return chunks;
        }

        synchronized int smallestChunk() {
            return smallestChunk;
        }

        synchronized void phase(boolean chunk, boolean completing, Duration duration) {
            if (chunk) {
                chunkNanos += duration.toNanos();
            } else if (completing) {
                completingNanos += duration.toNanos();
            }
        }

        synchronized Duration inChunks() {
            return Duration.ofNanos(chunkNanos);
        }

        synchronized Duration inCompletingBatches() {
            return Duration.ofNanos(completingNanos);
        }

        synchronized void batch(int deleted, Duration duration) {
            items += deleted;
            batches++;
            if (duration.compareTo(longest) > 0) {
                longest = duration;
            }
        }
    }

}
