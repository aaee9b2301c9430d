package io.custodian.domain.custody;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Is the retention sweep keeping up? How many items were due for deletion more than {@code tolerance} before
 * {@code checkedAt} and are still held, and how long past its deadline the oldest of them is. Both should be zero.
 *
 * @param oldestDueAt       the deadline of the oldest overdue item, if any
 * @param oldestOverdueAge  {@code checkedAt} minus that deadline; zero when nothing is overdue
 */
public record OverdueReport(Instant checkedAt, Duration tolerance, long overdueItems, Optional<Instant> oldestDueAt,
                            Duration oldestOverdueAge) {

    public OverdueReport {
        Objects.requireNonNull(checkedAt, "checkedAt");
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(oldestDueAt, "oldestDueAt");
        Objects.requireNonNull(oldestOverdueAge, "oldestOverdueAge");
        if (overdueItems < 0) {
            throw new IllegalArgumentException("negative overdue count");
        }
        if ((overdueItems == 0) != oldestDueAt.isEmpty()) {
            throw new IllegalArgumentException("an oldest deadline is present exactly when items are overdue");
        }
        if (oldestOverdueAge.isNegative()) {
            throw new IllegalArgumentException("the overdue age must not be negative");
        }
    }

    public boolean isOnSchedule() {
        return overdueItems == 0;
    }
}
