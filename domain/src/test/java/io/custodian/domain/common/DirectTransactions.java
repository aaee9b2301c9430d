package io.custodian.domain.common;

import java.util.function.Supplier;

/**
 * Fake {@link Transactions}: runs the work directly (the in-memory fakes need no transaction) and counts units of
 * work, so a test can see that a use case ran in one. It does not roll back in-memory state.
 */
public final class DirectTransactions implements Transactions {

    private int started;
    private int depth;
    private int maxDepth;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        started++;
        depth++;
        maxDepth = Math.max(maxDepth, depth);
        try {
            return work.get();
        } finally {
            depth--;
        }
    }

    public int started() {
        return started;
    }

    /** The deepest nesting seen; 1 when no use case opened a transaction inside another. */
    public int maxDepth() {
        return maxDepth;
    }

    public boolean inside() {
        return depth > 0;
    }
}
