package io.custodian.domain.access;

import java.util.Objects;

/** Outcome of a staff-management action: applied (with the account as saved), or rejected with the refusal. */
public sealed interface StaffChangeResult {

    record Applied(StaffMember member) implements StaffChangeResult {
        public Applied {
            Objects.requireNonNull(member, "member");
        }
    }

    record Rejected(Decision.Refused refusal) implements StaffChangeResult {
        public Rejected {
            Objects.requireNonNull(refusal, "refusal");
        }
    }
}
