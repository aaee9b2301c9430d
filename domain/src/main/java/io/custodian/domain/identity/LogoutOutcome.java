package io.custodian.domain.identity;

import io.custodian.domain.access.StaffId;

import java.util.Objects;

/** Outcome of a logout. */
public sealed interface LogoutOutcome {

    /** The session of {@code staff} was active and is now revoked. */
    record LoggedOut(StaffId staff) implements LogoutOutcome {
        public LoggedOut {
            Objects.requireNonNull(staff, "staff");
        }
    }

    /** No active session has that token (unknown, malformed, expired or already revoked): nothing changed. */
    record NoSession() implements LogoutOutcome {
    }
}
