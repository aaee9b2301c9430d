package io.custodian.domain.deletion;

/** In-port: request an early deletion; the outcome carries the dry-run report. Nothing is deleted yet. */
public interface RequestEarlyDeletionUseCase {
    EarlyDeletionOutcome request(RequestEarlyDeletionCommand command);
}
