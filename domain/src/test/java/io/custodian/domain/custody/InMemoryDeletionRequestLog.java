package io.custodian.domain.custody;

import io.custodian.domain.deletion.DeletionRequest;
import io.custodian.domain.deletion.DeletionRequestId;
import io.custodian.domain.deletion.DeletionRequests;
import io.custodian.domain.deletion.InMemoryDeletionRequests;

import java.util.List;
import java.util.Optional;

/** Fake {@link DeletionRequests} that also answers as the {@link DeletionRequestLog}. */
public final class InMemoryDeletionRequestLog implements DeletionRequests, DeletionRequestLog {

    private final InMemoryDeletionRequests requests = new InMemoryDeletionRequests();

    @Override
    public void save(DeletionRequest request) {
        requests.save(request);
    }

    @Override
    public Optional<DeletionRequest> find(DeletionRequestId id) {
        return requests.find(id);
    }

    @Override
    public List<DeletionRequest> open() {
        return requests.open();
    }

    @Override
    public Page<DeletionRequest> page(Optional<DeletionRequestStatus> status, PageRequest page) {
        return Page.of(requests.all().stream()
                .filter(request -> status.map(wanted -> DeletionRequestStatus.of(request.state()) == wanted).orElse(true))
                .toList(), page);
    }
}
