package io.custodian.web.staff;

import java.util.Objects;

import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import io.custodian.domain.access.StaffMember;
import io.custodian.domain.custody.CheckOverdueDeletionsUseCase;

/**
 * {@code GET /retention/overdue}: how many items are held past their deadline by more than the tolerance (two sweep
 * intervals), and how long past it the oldest is. Both should be 0; anything else means the sweep is not keeping up.
 */
final class RetentionHttpService extends StaffHttpService {

    private final CheckOverdueDeletionsUseCase overdue;

    RetentionHttpService(StaffAuthentication authentication, CheckOverdueDeletionsUseCase overdue) {
        super(authentication);
        this.overdue = Objects.requireNonNull(overdue, "overdue");
    }

    @Override
    void routes(Routes routes) {
        routes.staff(StaffEndpoint.RETENTION_OVERDUE, this::overdue);
    }

    private void overdue(StaffMember staff, ServerRequest req, ServerResponse res) {
        res.send(StaffJson.Overdue.of(StaffRefusals.shown(overdue.check(staff.id()), "not_found")));
    }
}
