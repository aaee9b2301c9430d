package io.custodian.domain.deletion;

/** In-port: cancel an early-deletion request before it is executed. */
public interface CancelEarlyDeletionUseCase {
    EarlyDeletionOutcome cancel(CancelEarlyDeletionCommand command);
}
