package io.custodian.domain.deletion;

import io.custodian.domain.access.AccessPolicy;
import io.custodian.domain.access.Decision;
import io.custodian.domain.access.RefusalReason;
import io.custodian.domain.access.Role;
import io.custodian.domain.access.StaffId;
import io.custodian.domain.access.StaffMember;
import io.custodian.domain.receipt.ReceiptId;
import io.custodian.domain.tenant.ClientKey;

import java.time.Instant;
import java.util.Objects;

/**
 * A customer's request, made through a staff member, to delete the tenant's data before its purge deadline.
 * Requested (with a dry run) → approved by a privacy officer other than the requester → executed (tenant purged,
 * receipt issued). It can be cancelled until it is executed. Every step is a pure method taking the time and
 * returning an {@link EarlyDeletionOutcome}.
 */
public record DeletionRequest(
        DeletionRequestId id,
        ClientKey tenant,
        CustomerReference customerReference,
        StaffId requestedBy,
        Instant requestedAt,
        DryRunReport dryRun,
        RequestState state) {

    public DeletionRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(customerReference, "customerReference");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(dryRun, "dryRun");
        Objects.requireNonNull(state, "state");
    }

    /**
     * A staff member asks, on the customer's behalf, for an early deletion. Only staff in service in the support
     * or development team (those who may access Customer Data) may request one.
     */
    public static EarlyDeletionOutcome request(DeletionRequestId id, ClientKey tenant, CustomerReference reference,
                                               StaffMember requester, DryRunReport dryRun, Instant now) {
        if (!requester.isInServiceAt(now) || !requester.team().mayAccessCustomerData()) {
            return new EarlyDeletionOutcome.Refused(EarlyDeletionRefusal.NOT_AUTHORISED, "staff member "
                    + requester.id() + " may not request deletions: only active support and development staff may");
        }
        return new EarlyDeletionOutcome.Accepted(new DeletionRequest(id, tenant, reference, requester.id(), now, dryRun,
                new RequestState.AwaitingApproval()));
    }

    /** A privacy officer in service, other than the requester, approves. */
    public EarlyDeletionOutcome approve(StaffMember approver, Instant now) {
        if (!(state instanceof RequestState.AwaitingApproval)) {
            return wrongState("approved");
        }
        return switch (AccessPolicy.mayApproveDeletion(approver, requestedBy, now)) {
            case Decision.Allowed allowed -> accepted(new RequestState.Approved(approver.id(), now));
            case Decision.Refused(RefusalReason reason, String message) -> new EarlyDeletionOutcome.Refused(
                    reason == RefusalReason.SELF_APPROVAL ? EarlyDeletionRefusal.SELF_APPROVAL
                            : EarlyDeletionRefusal.NOT_AUTHORISED, message);
        };
    }

    /** Cancelled before execution, by its requester or a privacy officer, both in service. */
    public EarlyDeletionOutcome cancel(StaffMember staff, String reason, Instant now) {
        if (!state.isOpen()) {
            return wrongState("cancelled");
        }
        boolean mayCancel = staff.isInServiceAt(now)
                && (staff.id().equals(requestedBy) || staff.role() == Role.PRIVACY_OFFICER);
        if (!mayCancel) {
            return new EarlyDeletionOutcome.Refused(EarlyDeletionRefusal.NOT_AUTHORISED,
                    "only the requester or a privacy officer in service may cancel a deletion request");
        }
        return accepted(new RequestState.Cancelled(staff.id(), now, reason));
    }

    /** Why this request may not be executed by {@code executor} now, if it may not: it must be approved. */
    public java.util.Optional<EarlyDeletionOutcome.Refused> refuseExecution(StaffMember executor, Instant now) {
        if (!(state instanceof RequestState.Approved)) {
            return java.util.Optional.of(wrongState("executed"));
        }
        if (!executor.isInServiceAt(now)) {
            return java.util.Optional.of(new EarlyDeletionOutcome.Refused(EarlyDeletionRefusal.NOT_AUTHORISED,
                    "staff member " + executor.id() + " is not in service"));
        }
        return java.util.Optional.empty();
    }

    /** The request after its execution by {@code executor}, which produced {@code receipt}. */
    public DeletionRequest executed(StaffId executor, Instant now, ReceiptId receipt) {
        if (!(state instanceof RequestState.Approved(StaffId approvedBy, Instant approvedAt))) {
            throw new IllegalStateException("only an approved request is executed, this one is " + state.label());
        }
        return withState(new RequestState.Executed(approvedBy, approvedAt, executor, now, receipt));
    }

    private EarlyDeletionOutcome.Refused wrongState(String step) {
        return new EarlyDeletionOutcome.Refused(EarlyDeletionRefusal.WRONG_STATE,
                "the request is " + state.label() + " and cannot be " + step);
    }

    private EarlyDeletionOutcome accepted(RequestState newState) {
        return new EarlyDeletionOutcome.Accepted(withState(newState));
    }

    private DeletionRequest withState(RequestState newState) {
        return new DeletionRequest(id, tenant, customerReference, requestedBy, requestedAt, dryRun, newState);
    }
}
