package io.custodian.domain.deletion;

import io.custodian.domain.access.StaffId;

import java.util.Objects;

public record ApproveEarlyDeletionCommand(StaffId approver, DeletionRequestId request) {
    public ApproveEarlyDeletionCommand {
        Objects.requireNonNull(approver, "approver");
        Objects.requireNonNull(request, "request");
    }
}
