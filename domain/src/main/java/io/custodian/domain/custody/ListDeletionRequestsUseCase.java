package io.custodian.domain.custody;

import io.custodian.domain.access.StaffId;
import io.custodian.domain.deletion.DeletionRequest;

import java.util.Optional;

/**
 * In-port: the early-deletion requests (the approval queue and their history) for staff in service. A request names
 * its tenant and the counts of its dry run, no tenant data; listing is not audited (each step of a request is).
 */
public interface ListDeletionRequestsUseCase {

    CustodyOutcome<Page<DeletionRequest>> list(StaffId staff, Optional<DeletionRequestStatus> status, PageRequest page);
}
