package io.custodian.server.retention;

import java.time.Duration;
import java.util.Objects;

/**
 * The rows' worth of pages a sweep worker's next page sweep chunk reads, kept near a target duration: a chunk that
 * took longer than the target halves the next one (down to a sixteenth of the configured size), one that took less
 * than half the target lets the next one grow by a quarter (up to the configured size). On an idle server chunks
 * stay at the configured size; when app requests or other work take the CPU, a chunk's transaction, and the locks it
 * holds, stay short instead of stretching with the load. A zero target keeps every chunk at the configured size. One
 * per worker thread, not thread-safe.
 */
final class ChunkSizer {

    /** The smallest chunk is this fraction of the configured size. */
    static final int SMALLEST_FRACTION = 16;

    private final int largest;
    private final int smallest;
    private final Duration target;
    private int rows;

    /**
     * @param largest the configured rows per chunk (at least 1): the first chunk's size and the largest
     * @param target  the duration a chunk's transaction should not exceed; zero for chunks of a fixed size
     */
    ChunkSizer(int largest, Duration target) {
        if (largest < 1) {
            throw new IllegalArgumentException("rows per chunk must be positive, was " + largest);
        }
        Objects.requireNonNull(target, "target");
        if (target.isNegative()) {
            throw new IllegalArgumentException("the chunk target must not be negative, was " + target);
        }
        this.largest = largest;
        this.smallest = Math.max(1, largest / SMALLEST_FRACTION);
        this.target = target;
        this.rows = largest;
    }

    /** Rows' worth of pages the next chunk reads. */
    int rows() {
        return rows;
    }

    /** Sizes the next chunk from how long the last one's transaction took. */
    void observe(Duration took) {
        Objects.requireNonNull(took, "took");
        if (target.isZero()) {
            return;
        }
        if (took.compareTo(target) > 0) {
            rows = Math.max(smallest, rows / 2);
        } else if (took.multipliedBy(2).compareTo(target) < 0) {
            rows = (int) Math.min(largest, rows + Math.max(1L, rows / 4L));
        }
    }
}
