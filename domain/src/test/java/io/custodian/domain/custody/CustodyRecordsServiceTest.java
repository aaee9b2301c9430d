package io.custodian.domain.custody;

import io.custodian.domain.access.RefusalReason;
import io.custodian.domain.access.StaffMember;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.deletion.CustomerReference;
import io.custodian.domain.deletion.DeletionRequest;
import io.custodian.domain.deletion.DeletionRequestId;
import io.custodian.domain.deletion.DryRunReport;
import io.custodian.domain.deletion.RequestState;
import io.custodian.domain.tenant.ClientKey;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CustodyRecordsServiceTest {

    private final CustodyQueriesFixture fixture = new CustodyQueriesFixture();

    @Test
    void lists_deletion_requests_by_status_for_staff_in_service() {
        var now = fixture.custody.clock.instant();
        var request = new DeletionRequest(new DeletionRequestId(UUID.randomUUID()), new ClientKey("acme"),
                new CustomerReference("SUP-1"), fixture.custody.supportEngineer.id(), now,
                new DryRunReport(now, Map.of(ItemKind.INSTALLATION_RECORD, 1L)), new RequestState.AwaitingApproval());
        fixture.requestLog.save(request);

        var awaiting = fixture.records.list(fixture.custody.privacyOfficer.id(),
                Optional.of(DeletionRequestStatus.AWAITING_APPROVAL), PageRequest.first(10));
        var executed = fixture.records.list(fixture.custody.privacyOfficer.id(),
                Optional.of(DeletionRequestStatus.EXECUTED), PageRequest.first(10));

        assertThat(((CustodyOutcome.Shown<Page<DeletionRequest>>) awaiting).value().items()).containsExactly(request);
        assertThat(((CustodyOutcome.Shown<Page<DeletionRequest>>) executed).value().items()).isEmpty();
    }

    @Test
    void lists_staff_by_login_and_refuses_staff_out_of_service() {
        Page<StaffMember> staff = ((CustodyOutcome.Shown<Page<StaffMember>>) fixture.records.list(
                fixture.developer.id(), new PageRequest(0, 2))).value();

        assertThat(staff.items()).hasSize(2);
        assertThat(staff.total()).isEqualTo(6);
        assertThat(fixture.records.list(fixture.endedSubcontractor.id(), PageRequest.first(10)))
                .isInstanceOfSatisfying(CustodyOutcome.Refused.class, refused ->
                        assertThat(refused.refusal().reason()).isEqualTo(RefusalReason.CONTRACT_EXPIRED));
    }
}
