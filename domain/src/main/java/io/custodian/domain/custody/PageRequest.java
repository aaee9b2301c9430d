package io.custodian.domain.custody;

/**
 * Which page of a list: {@code page} counts from 0, {@code size} items per page (1 to {@value #MAX_SIZE}).
 * Every list is in a stable order, so the same request returns the same items while nothing is added before them.
 */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 50;
    /** Deepest page number accepted; keeps {@link #offset()} far from overflow. */
    public static final int MAX_PAGE = 1_000_000;

    public PageRequest {
        if (page < 0 || page > MAX_PAGE) {
            throw new IllegalArgumentException("page must be between 0 and " + MAX_PAGE + ", was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page size must be between 1 and " + MAX_SIZE + ", was " + size);
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size);
    }

    /** How many items come before this page. */
    public long offset() {
        return (long) page * size;
    }
}
