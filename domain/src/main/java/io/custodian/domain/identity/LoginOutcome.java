package io.custodian.domain.identity;

import io.custodian.domain.access.StaffMember;

import java.time.Instant;
import java.util.Objects;

/** Outcome of a login: a new session, or a refusal. */
public sealed interface LoginOutcome {

    /**
     * Signed in: {@code token} is the bearer token of the new session, handed out this once (only its hash is
     * stored); it is valid until {@code expiresAt}.
     */
    record LoggedIn(SessionToken token, StaffMember staff, Instant expiresAt) implements LoginOutcome {
        public LoggedIn {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(staff, "staff");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }
    }

    record Refused(LoginRefusal reason) implements LoginOutcome {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
