package io.custodian.domain.deletion;

/** In-port: a privacy officer other than the requester approves an early deletion. */
public interface ApproveEarlyDeletionUseCase {
    EarlyDeletionOutcome approve(ApproveEarlyDeletionCommand command);
}
