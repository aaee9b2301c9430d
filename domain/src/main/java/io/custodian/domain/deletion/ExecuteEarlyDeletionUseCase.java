package io.custodian.domain.deletion;

/** In-port: execute an approved early deletion: purge the tenant at once and issue its signed receipt. */
public interface ExecuteEarlyDeletionUseCase {
    EarlyDeletionOutcome execute(ExecuteEarlyDeletionCommand command);
}
