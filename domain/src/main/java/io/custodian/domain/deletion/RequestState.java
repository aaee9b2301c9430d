package io.custodian.domain.deletion;

import io.custodian.domain.access.StaffId;
import io.custodian.domain.receipt.ReceiptId;

import java.time.Instant;
import java.util.Objects;

/** Where an early-deletion request stands. Requested → Approved → Executed; Cancelled from either before execution. */
public sealed interface RequestState {

    /** Requested, dry run done, waiting for a privacy officer other than the requester. */
    record AwaitingApproval() implements RequestState {
    }

    record Approved(StaffId approvedBy, Instant approvedAt) implements RequestState {
        public Approved {
            Objects.requireNonNull(approvedBy, "approvedBy");
            Objects.requireNonNull(approvedAt, "approvedAt");
        }
    }

    /** The tenant was purged; {@code receipt} is its deletion receipt. */
    record Executed(StaffId approvedBy, Instant approvedAt, StaffId executedBy, Instant executedAt, ReceiptId receipt)
            implements RequestState {
        public Executed {
            Objects.requireNonNull(approvedBy, "approvedBy");
            Objects.requireNonNull(approvedAt, "approvedAt");
            Objects.requireNonNull(executedBy, "executedBy");
            Objects.requireNonNull(executedAt, "executedAt");
            Objects.requireNonNull(receipt, "receipt");
        }
    }

    record Cancelled(StaffId cancelledBy, Instant cancelledAt, String reason) implements RequestState {
        public Cancelled {
            Objects.requireNonNull(cancelledBy, "cancelledBy");
            Objects.requireNonNull(cancelledAt, "cancelledAt");
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("a cancellation needs a reason");
            }
        }
    }

    /** Not yet executed nor cancelled. */
    default boolean isOpen() {
        return switch (this) {
            case AwaitingApproval awaiting -> true;
            case Approved approved -> true;
            case Executed executed -> false;
            case Cancelled cancelled -> false;
        };
    }

    default String label() {
        return switch (this) {
            case AwaitingApproval awaiting -> "awaiting approval";
            case Approved approved -> "approved";
            case Executed executed -> "executed";
            case Cancelled cancelled -> "cancelled";
        };
    }
}
