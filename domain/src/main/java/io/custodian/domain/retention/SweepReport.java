package io.custodian.domain.retention;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one sweep deleted: routine deletions (one {@link Deletion} per tenant that lost items) and purges (one per
 * tenant whose deadline passed, each with its signed receipt). Each deleted item appears exactly once.
 */
public record SweepReport(Instant sweptAt, List<Deletion> deletions, List<Purge> purges) {

    public SweepReport {
        Objects.requireNonNull(sweptAt, "sweptAt");
        deletions = List.copyOf(deletions);
        purges = List.copyOf(purges);
        if (deletions.stream().anyMatch(Deletion::isEmpty)) {
            throw new IllegalArgumentException("a sweep report lists only deletions that deleted something");
        }
    }

    public long itemsDeleted() {
        return deletions.stream().mapToLong(Deletion::size).sum()
                + purges.stream().mapToLong(purge -> purge.deletion().size()).sum();
    }

    /** Every deletion of the sweep, routine and purge. */
    public List<Deletion> allDeletions() {
        return java.util.stream.Stream.concat(deletions.stream(),
                purges.stream().map(purge -> purge.deletion())).toList();
    }
}
