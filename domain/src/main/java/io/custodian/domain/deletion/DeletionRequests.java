package io.custodian.domain.deletion;

import io.custodian.domain.tenant.ClientKey;

import java.util.List;
import java.util.Optional;

/** Out-port: the early-deletion requests. */
public interface DeletionRequests {

    /** Inserts or replaces the request with the same id. */
    void save(DeletionRequest request);

    Optional<DeletionRequest> find(DeletionRequestId id);

    /** Requests not executed nor cancelled, oldest first (the approval queue). */
    List<DeletionRequest> open();

    /** The tenant's open request, if any (a tenant has at most one). */
    default Optional<DeletionRequest> openFor(ClientKey tenant) {
        return open().stream().filter(request -> request.tenant().equals(tenant)).findFirst();
    }
}
