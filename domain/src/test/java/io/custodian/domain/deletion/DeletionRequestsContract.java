package io.custodian.domain.deletion;

import io.custodian.domain.access.StaffId;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.receipt.ReceiptId;
import io.custodian.domain.tenant.ClientKey;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract of {@link DeletionRequests}, run against the fake here and the jOOQ adapter there. */
public abstract class DeletionRequestsContract {

    protected static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final StaffId REQUESTER = new StaffId(new UUID(1, 1));
    private static final StaffId APPROVER = new StaffId(new UUID(1, 2));

    protected abstract DeletionRequests emptyStore();

    protected static DeletionRequest request(String tenant, Instant at, RequestState state) {
        return new DeletionRequest(new DeletionRequestId(UUID.randomUUID()), new ClientKey(tenant),
                new CustomerReference("SUP-1042"), REQUESTER, at,
                new DryRunReport(at, Map.of(ItemKind.INSTALLATION_RECORD, 1L, ItemKind.TWIN_TRACE, 40L)), state);
    }

    @Test
    void a_saved_request_is_found_with_every_field() {
        DeletionRequests store = emptyStore();
        DeletionRequest request = request("acme", T0, new RequestState.AwaitingApproval());
        store.save(request);
        assertThat(store.find(request.id())).contains(request);
    }

    @Test
    void every_state_is_kept() {
        DeletionRequests store = emptyStore();
        for (RequestState state : new RequestState[]{
                new RequestState.Approved(APPROVER, T0.plusSeconds(1)),
                new RequestState.Executed(APPROVER, T0.plusSeconds(1), APPROVER, T0.plusSeconds(2),
                        new ReceiptId(UUID.randomUUID())),
                new RequestState.Cancelled(REQUESTER, T0.plusSeconds(3), "customer changed their mind")}) {
            DeletionRequest request = request("acme", T0, state);
            store.save(request);
            assertThat(store.find(request.id())).contains(request);
        }
    }

    @Test
    void saving_again_replaces_the_request() {
        DeletionRequests store = emptyStore();
        DeletionRequest request = request("acme", T0, new RequestState.AwaitingApproval());
        store.save(request);
        DeletionRequest approved = new DeletionRequest(request.id(), request.tenant(), request.customerReference(),
                request.requestedBy(), request.requestedAt(), request.dryRun(),
                new RequestState.Approved(APPROVER, T0.plusSeconds(5)));
        store.save(approved);
        assertThat(store.find(request.id())).contains(approved);
    }

    @Test
    void the_open_requests_are_those_awaiting_approval_or_approved_oldest_first() {
        DeletionRequests store = emptyStore();
        DeletionRequest approved = request("globex", T0.plusSeconds(10), new RequestState.Approved(APPROVER, T0));
        DeletionRequest awaiting = request("acme", T0, new RequestState.AwaitingApproval());
        DeletionRequest cancelled = request("initech", T0, new RequestState.Cancelled(REQUESTER, T0, "mistake"));
        store.save(approved);
        store.save(cancelled);
        store.save(awaiting);

        assertThat(store.open()).containsExactly(awaiting, approved);
        assertThat(store.openFor(new ClientKey("globex"))).contains(approved);
        assertThat(store.openFor(new ClientKey("initech"))).isEmpty();
    }
}
