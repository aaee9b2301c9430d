package io.custodian.domain.custody;

import io.custodian.domain.access.RefusalReason;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.custodian.domain.datamap.ItemKind.SYNC_RELATION;
import static org.assertj.core.api.Assertions.assertThat;

class RetentionStatusServiceTest {

    private static final Duration TOLERANCE = Duration.ofMinutes(10);

    private final CustodyQueriesFixture fixture = new CustodyQueriesFixture();

    private OverdueReport check() {
        return ((CustodyOutcome.Shown<OverdueReport>) fixture.retentionStatus(TOLERANCE)
                .check(fixture.developer.id())).value();
    }

    @Test
    void items_due_less_than_the_tolerance_ago_are_not_overdue() {
        fixture.custody.install("acme");
        fixture.custody.write("acme", SYNC_RELATION, "rel");
        fixture.custody.clock.advance(fixture.custody.settings.operationMaxIdle().plus(TOLERANCE.dividedBy(2)));

        OverdueReport report = check();

        assertThat(report.isOnSchedule()).isTrue();
        assertThat(report.oldestOverdueAge()).isZero();
        assertThat(report.oldestDueAt()).isEmpty();
    }

    @Test
    void items_past_their_deadline_plus_the_tolerance_are_counted_with_the_oldest_age() {
        fixture.custody.install("acme");
        var written = fixture.custody.clock.instant();
        fixture.custody.write("acme", SYNC_RELATION, "rel");
        fixture.custody.clock.advance(fixture.custody.settings.operationMaxIdle().plus(Duration.ofHours(1)));

        OverdueReport report = check();

        assertThat(report.overdueItems()).isEqualTo(1);
        assertThat(report.oldestDueAt()).contains(written.plus(fixture.custody.settings.operationMaxIdle()));
        assertThat(report.oldestOverdueAge()).isEqualTo(Duration.ofHours(1));
        assertThat(report.tolerance()).isEqualTo(TOLERANCE);
    }

    @Test
    void staff_out_of_service_are_refused() {
        assertThat(fixture.retentionStatus(TOLERANCE).check(fixture.disabled.id()))
                .isInstanceOfSatisfying(CustodyOutcome.Refused.class, refused ->
                        assertThat(refused.refusal().reason()).isEqualTo(RefusalReason.STAFF_INACTIVE));
    }
}
