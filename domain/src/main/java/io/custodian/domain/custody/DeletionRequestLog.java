package io.custodian.domain.custody;

import io.custodian.domain.deletion.DeletionRequest;

import java.util.Optional;

/** Out-port: every early-deletion request, whatever its state, paged for staff. */
public interface DeletionRequestLog {

    /** The requests (only those in {@code status}, when given), oldest request first, ties by request id. */
    Page<DeletionRequest> page(Optional<DeletionRequestStatus> status, PageRequest page);
}
