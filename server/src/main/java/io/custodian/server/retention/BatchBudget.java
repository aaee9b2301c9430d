package io.custodian.server.retention;

import java.time.Duration;
import java.util.Objects;

/**
 * How many items the next retention batch of one worker may delete: the configured batch size while batches finish
 * within the target time, fewer while they take longer (a busy or slow database), so that no purge transaction
 * holds its locks for long whatever the load. After a batch that overran the target, the budget shrinks in
 * proportion (to at most a quarter at once); after a batch that used most of its budget in less than half the target,
 * it grows by a quarter, up to the batch size. Not thread-safe: one per worker.
 */
final class BatchBudget {

    private final int max;
    private final long targetNanos;
    private int items;

    /**
     * @param max    the batch size: the budget never exceeds it
     * @param target the time a batch aims at
     */
    BatchBudget(int max, Duration target) {
        if (max < 1) {
            throw new IllegalArgumentException("batch size must be positive, was " + max);
        }
        Objects.requireNonNull(target, "target");
        if (target.isNegative() || target.isZero()) {
            throw new IllegalArgumentException("batch target must be positive, was " + target);
        }
        this.max = max;
        this.targetNanos = target.toNanos();
        this.items = max;
    }

    /** Items the next batch may delete (1 .. batch size). */
    int items() {
        return items;
    }

    /** Adapts the budget to a committed batch that deleted {@code deleted} items in {@code took}. */
    void observed(int deleted, Duration took) {
        long nanos = Math.max(1, took.toNanos());
        if (nanos > targetNanos) {
            double scale = Math.max(0.25, (double) targetNanos / nanos);
            items = Math.max(1, (int) (items * scale));
        } else if (nanos < targetNanos / 2 && deleted >= items / 2 && items < max) {
            // only a batch that used its budget says the budget could be larger
            items = (int) Math.min(max, items + Math.max(1L, items / 4L));
        }
    }
}
