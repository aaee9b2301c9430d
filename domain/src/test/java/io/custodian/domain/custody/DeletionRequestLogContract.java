package io.custodian.domain.custody;

import io.custodian.domain.access.StaffId;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.deletion.CustomerReference;
import io.custodian.domain.deletion.DeletionRequest;
import io.custodian.domain.deletion.DeletionRequestId;
import io.custodian.domain.deletion.DeletionRequests;
import io.custodian.domain.deletion.DryRunReport;
import io.custodian.domain.deletion.RequestState;
import io.custodian.domain.tenant.ClientKey;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract of {@link DeletionRequestLog}, run against the fake here and the jOOQ adapter there. */
public abstract class DeletionRequestLogContract {

    protected static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final StaffId REQUESTER = new StaffId(UUID.fromString("00000000-0000-0000-0000-000000000001"));
    private static final StaffId OFFICER = new StaffId(UUID.fromString("00000000-0000-0000-0000-000000000002"));

    /** Empty requests and the log reading them. */
    protected abstract DeletionRequests requests();

    protected abstract DeletionRequestLog log();

    private DeletionRequest save(String id, String tenant, Instant requestedAt, RequestState state) {
        DeletionRequest request = new DeletionRequest(new DeletionRequestId(UUID.fromString(id)), new ClientKey(tenant),
                new CustomerReference("SUP-" + tenant), REQUESTER, requestedAt,
                new DryRunReport(requestedAt, Map.of(ItemKind.INSTALLATION_RECORD, 1L)), state);
        requests().save(request);
        return request;
    }

    @Test
    void lists_every_request_oldest_first_ties_by_id_and_filters_by_status() {
        DeletionRequest cancelled = save("c0000000-0000-0000-0000-000000000000", "gamma", T0,
                new RequestState.Cancelled(REQUESTER, T0.plusSeconds(5), "customer changed their mind"));
        DeletionRequest awaiting = save("a0000000-0000-0000-0000-000000000000", "alpha", T0,
                new RequestState.AwaitingApproval());
        DeletionRequest approved = save("b0000000-0000-0000-0000-000000000000", "beta", T0.plusSeconds(1),
                new RequestState.Approved(OFFICER, T0.plusSeconds(2)));

        Page<DeletionRequest> all = log().page(Optional.empty(), PageRequest.first(10));
        Page<DeletionRequest> firstTwo = log().page(Optional.empty(), new PageRequest(0, 2));
        Page<DeletionRequest> onlyCancelled = log().page(Optional.of(DeletionRequestStatus.CANCELLED),
                PageRequest.first(10));

        assertThat(all.items()).containsExactly(awaiting, cancelled, approved);
        assertThat(firstTwo.items()).containsExactly(awaiting, cancelled);
        assertThat(firstTwo.hasNext()).isTrue();
        assertThat(onlyCancelled.items()).containsExactly(cancelled);
        assertThat(onlyCancelled.total()).isEqualTo(1);
    }
}
