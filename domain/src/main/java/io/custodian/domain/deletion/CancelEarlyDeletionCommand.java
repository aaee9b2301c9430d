package io.custodian.domain.deletion;

import io.custodian.domain.access.StaffId;

import java.util.Objects;

public record CancelEarlyDeletionCommand(StaffId staff, DeletionRequestId request, String reason) {

    public static final int MAX_REASON_LENGTH = 500;

    public CancelEarlyDeletionCommand {
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(request, "request");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a cancellation needs a reason");
        }
        if (reason.length() > MAX_REASON_LENGTH) {
            throw new IllegalArgumentException("cancellation reason longer than " + MAX_REASON_LENGTH + " characters");
        }
    }
}
