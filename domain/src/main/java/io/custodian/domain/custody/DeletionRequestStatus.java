package io.custodian.domain.custody;

import io.custodian.domain.deletion.RequestState;

/** The state of an early-deletion request as a plain value, for filtering lists. */
public enum DeletionRequestStatus {
    AWAITING_APPROVAL,
    APPROVED,
    EXECUTED,
    CANCELLED;

    public static DeletionRequestStatus of(RequestState state) {
        return switch (state) {
            case RequestState.AwaitingApproval awaiting -> AWAITING_APPROVAL;
            case RequestState.Approved approved -> APPROVED;
            case RequestState.Executed executed -> EXECUTED;
            case RequestState.Cancelled cancelled -> CANCELLED;
        };
    }

    public boolean isOpen() {
        return switch (this) {
            case AWAITING_APPROVAL, APPROVED -> true;
            case EXECUTED, CANCELLED -> false;
        };
    }
}
