package io.custodian.server.retention;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the retention sweep on a fixed delay in one background thread. A failing sweep is logged and the next one
 * runs as planned; {@link #close()} interrupts a running sweep and waits for it to finish its current transaction.
 */
public final class RetentionScheduler implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(RetentionScheduler.class.getName());

    private final RetentionEngine engine;
    private final Runnable housekeeping;
    private final ScheduledExecutorService executor;

    private RetentionScheduler(RetentionEngine engine, Runnable housekeeping) {
        this.engine = engine;
        this.housekeeping = housekeeping;
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var thread = new Thread(runnable, "custodian-retention");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts sweeping after {@code initialDelay}, then {@code interval} after each sweep ends; {@code housekeeping}
     * runs after each sweep (its failure is logged like a sweep's).
     */
    public static RetentionScheduler start(RetentionEngine engine, Runnable housekeeping, Duration initialDelay,
                                           Duration interval) {
        Objects.requireNonNull(interval, "interval");
        var scheduler = new RetentionScheduler(engine, Objects.requireNonNull(housekeeping, "housekeeping"));
        scheduler.executor.scheduleWithFixedDelay(scheduler::sweepOnce, initialDelay.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        return scheduler;
    }

    private void sweepOnce() {
        try {
            var result = engine.sweep();
            if (!result.purges().isEmpty() || result.itemsDeleted() > 0) {
                var phases = result.phases();
                LOG.log(System.Logger.Level.INFO, "Retention sweep: {0} tenant(s) purged, {1} item(s) deleted in {2}"
                                + " batch(es), longest batch {3} ms; beginning {4} ms, purging {5} ms (page sweep"
                                + " chunks {6} ms, completing batches {7} ms), expired items {8} ms; {9} page sweep"
                                + " chunk(s), the smallest of {10} rows",
                        String.valueOf(result.purges().size()), String.valueOf(result.itemsDeleted()),
                        String.valueOf(result.batches()), String.valueOf(result.longestBatch().toMillis()),
                        String.valueOf(phases.beginning().toMillis()), String.valueOf(phases.purging().toMillis()),
                        String.valueOf(phases.inChunks().toMillis()),
                        String.valueOf(phases.inCompletingBatches().toMillis()),
                        String.valueOf(phases.expiring().toMillis()), String.valueOf(result.chunks()),
                        String.valueOf(result.smallestChunkRows()));
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Retention sweep failed; it is retried at the next interval", e);
        }
        if (Thread.currentThread().isInterrupted()) {
            return; // stopping
        }
        try {
            housekeeping.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Housekeeping after the retention sweep failed", e);
        }
    }

    /**
     * Stops sweeping: a sweep under way is interrupted and ends after its current transaction (the next start
     * resumes it); waits for that, at most 30 seconds.
     */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "The retention sweep did not stop within 30 seconds");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
