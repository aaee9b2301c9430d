package io.custodian.domain.identity;

import io.custodian.domain.access.StaffMember;

import java.util.Objects;

/** Outcome of a change to a staff account: applied (with the account as it is now), or rejected with the reason. */
public sealed interface AccountChange {

    record Applied(StaffMember member) implements AccountChange {
        public Applied {
            Objects.requireNonNull(member, "member");
        }
    }

    /** @param message human-readable; never holds a password */
    record Rejected(AccountRefusal reason, String message) implements AccountChange {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
            if (message == null || message.isBlank()) {
                throw new IllegalArgumentException("a rejection needs a message");
            }
        }
    }
}
