package io.custodian.persistence.deletion;

import io.custodian.domain.access.StaffId;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.deletion.CustomerReference;
import io.custodian.domain.deletion.DeletionRequest;
import io.custodian.domain.deletion.DeletionRequestId;
import io.custodian.domain.deletion.DeletionRequests;
import io.custodian.domain.deletion.DeletionRequestsContract;
import io.custodian.domain.deletion.DryRunReport;
import io.custodian.domain.deletion.RequestState;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.persistence.testing.DatabaseTest;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JooqDeletionRequestsTest extends DatabaseTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final StaffId REQUESTER = new StaffId(UUID.randomUUID());
    private static final StaffId OFFICER = new StaffId(UUID.randomUUID());

    @Nested
    class Contract extends DeletionRequestsContract {
        @Override
        protected DeletionRequests emptyStore() {
            emptyTables();
            return new JooqDeletionRequests(dsl());
        }
    }

    private JooqDeletionRequests requests;

    @BeforeEach
    void emptyStore() {
        emptyTables();
        requests = new JooqDeletionRequests(dsl());
    }

    private static DeletionRequest request(String tenant, RequestState state) {
        return new DeletionRequest(new DeletionRequestId(UUID.randomUUID()), new ClientKey(tenant),
                new CustomerReference("SUP-7"), REQUESTER, T0,
                new DryRunReport(T0, Map.of(ItemKind.INSTALLATION_RECORD, 1L)), state);
    }

    private static DeletionRequest withState(DeletionRequest request, RequestState state) {
        return new DeletionRequest(request.id(), request.tenant(), request.customerReference(), request.requestedBy(),
                request.requestedAt(), request.dryRun(), state);
    }

    @Test
    void a_tenant_cannot_have_two_open_requests_even_when_two_processes_save_them() {
        requests.save(request("acme", new RequestState.AwaitingApproval()));

        assertThatThrownBy(() -> requests.save(request("acme", new RequestState.Approved(OFFICER, T0))))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("deletion_request_open_uq");
    }

    @Test
    void a_closed_request_does_not_stop_a_new_one() {
        requests.save(request("acme", new RequestState.Cancelled(REQUESTER, T0, "mistake")));
        DeletionRequest next = request("acme", new RequestState.AwaitingApproval());

        requests.save(next);

        assertThat(requests.openFor(new ClientKey("acme"))).contains(next);
    }

    @Test
    void cancelling_an_approved_request_clears_its_approval() {
        DeletionRequest approved = request("acme", new RequestState.Approved(OFFICER, T0.plusSeconds(1)));
        requests.save(approved);
        DeletionRequest cancelled = withState(approved, new RequestState.Cancelled(OFFICER, T0.plusSeconds(2), "withdrawn"));

        requests.save(cancelled);

        assertThat(requests.find(approved.id())).contains(cancelled);
        assertThat(requests.open()).isEmpty();
    }
}
