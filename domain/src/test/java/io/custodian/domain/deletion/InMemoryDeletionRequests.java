package io.custodian.domain.deletion;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Fake {@link DeletionRequests}. */
public final class InMemoryDeletionRequests implements DeletionRequests {

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
        return all().stream().filter(request -> request.state().isOpen()).toList();
    }

    /** Every request, oldest first, ties by the id's canonical text (byte order, as PostgreSQL orders uuids). */
    public synchronized List<DeletionRequest> all() {
        return requests.values().stream()
                .sorted(Comparator.comparing(DeletionRequest::requestedAt).thenComparing(request -> request.id().toString()))
                .toList();
    }
}
