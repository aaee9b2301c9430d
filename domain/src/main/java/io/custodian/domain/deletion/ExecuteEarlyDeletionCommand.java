package io.custodian.domain.deletion;

import io.custodian.domain.access.StaffId;

import java.util.Objects;

public record ExecuteEarlyDeletionCommand(StaffId executor, DeletionRequestId request) {
    public ExecuteEarlyDeletionCommand {
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(request, "request");
    }
}
