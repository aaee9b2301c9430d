package io.custodian.domain.custody;

import io.custodian.domain.deletion.DeletionRequest;
import io.custodian.domain.deletion.DeletionRequestId;
import io.custodian.domain.deletion.DeletionRequests;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Fake {@link DeletionRequests} that also answers as the {@link DeletionRequestLog}. */
public final class InMemoryDeletionRequestLog implements DeletionRequests, DeletionRequestLog {

    private static final Comparator<DeletionRequest> OLDEST_FIRST = Comparator
            .comparing(DeletionRequest::requestedAt)
            .thenComparing(request -> request.id().toString()); // canonical text: byte order, as PostgreSQL orders uuids

    private final Map<DeletionRequestId, DeletionRequest> requests = new LinkedHashMap<>();

    @Override
    public synchronized void save(DeletionRequest request) {
        requests.put(request.id(), request);
    }

    @Override
    public synchronized Optional<DeletionRequest> find(DeletionRequestId id) {
        return Optional.ofNullable(requests.get(id));
    }

    @Override
    public synchronized List<DeletionRequest> open() {
        return requests.values().stream().filter(request -> request.state().isOpen()).sorted(OLDEST_FIRST).toList();
    }

    @Override
    public synchronized Page<DeletionRequest> page(Optional<DeletionRequestStatus> status, PageRequest page) {
        return Page.of(requests.values().stream()
                .filter(request -> status.map(wanted -> DeletionRequestStatus.of(request.state()) == wanted).orElse(true))
                .sorted(OLDEST_FIRST)
                .toList(), page);
    }
}
