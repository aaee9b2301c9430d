package io.custodian.domain.retention;

/**
 * In-port: deletes everything due now. Purges every tenant whose deadline passed (with a signed receipt), and
 * deletes every other item whose rule ended it. Each tenant is swept in its own transaction, so several server
 * processes may sweep at once when the adapter locks per tenant.
 */
public interface SweepRetentionUseCase {
    SweepReport sweep(SweepRetentionCommand command);
}
