package io.custodian.domain.custody;

import io.custodian.domain.access.Decision;
import io.custodian.domain.access.StaffDirectory;
import io.custodian.domain.access.StaffId;
import io.custodian.domain.retention.FindDueDeletionsQuery;
import io.custodian.domain.retention.FindDueDeletionsUseCase;
import io.custodian.domain.retention.ScheduledDeletion;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link CheckOverdueDeletionsUseCase} over the retention query "what is due at T", asked at now minus the tolerance
 * (e.g. two sweep intervals: an item due just before a sweep is deleted by it, or by the next one at the latest).
 */
public final class RetentionStatusService implements CheckOverdueDeletionsUseCase {

    private final StaffDirectory staff;
    private final FindDueDeletionsUseCase due;
    private final Duration tolerance;
    private final InstantSource clock;

    public RetentionStatusService(StaffDirectory staff, FindDueDeletionsUseCase due, Duration tolerance,
                                  InstantSource clock) {
        this.staff = Objects.requireNonNull(staff, "staff");
        this.due = Objects.requireNonNull(due, "due");
        this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
        if (tolerance.isNegative()) {
            throw new IllegalArgumentException("the overdue tolerance must not be negative");
        }
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CustodyOutcome<OverdueReport> check(StaffId staffId) {
        Objects.requireNonNull(staffId, "staff");
        Instant now = clock.instant();
        return switch (StaffStanding.inService(staff, staffId, now)) {
            case Decision.Refused refused -> CustodyOutcome.refused(refused);
            case Decision.Allowed allowed -> CustodyOutcome.shown(report(now));
        };
    }

    private OverdueReport report(Instant now) {
        List<ScheduledDeletion> overdue = due.findDue(new FindDueDeletionsQuery(now.minus(tolerance), Optional.empty()));
        Optional<Instant> oldest = overdue.stream().map(ScheduledDeletion::dueAt).min(Comparator.naturalOrder());
        Duration age = oldest.map(dueAt -> Duration.between(dueAt, now)).orElse(Duration.ZERO);
        return new OverdueReport(now, tolerance, overdue.size(), oldest, age);
    }
}
