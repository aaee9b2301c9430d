package io.custodian.domain.audit;

/**
 * A page of the audit log in chain order: up to {@code limit} entries with a sequence number above
 * {@code afterSequence} (0 for the first page; the last sequence of a page for the next).
 */
public record AuditPageQuery(long afterSequence, int limit) {

    public static final int MAX_LIMIT = 1000;

    public AuditPageQuery {
        if (afterSequence < 0) {
            throw new IllegalArgumentException("afterSequence must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }
}
