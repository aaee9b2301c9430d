package io.custodian.domain.access;

import java.util.Objects;

/** Outcome of an access decision: allowed, or refused with a reason. Refusals are values, not exceptions. */
public sealed interface Decision {

    Decision ALLOWED = new Allowed();

    static Decision refused(RefusalReason reason, String message) {
        return new Refused(reason, message);
    }

    record Allowed() implements Decision {
    }

    /**
     * @param reason  stable code (for adapters mapping to status codes, and for tests)
     * @param message human-readable explanation, recorded in the audit log; never holds secrets
     */
    record Refused(RefusalReason reason, String message) implements Decision {
        public Refused {
            Objects.requireNonNull(reason, "reason");
            if (message == null || message.isBlank()) {
                throw new IllegalArgumentException("a refusal needs a message");
            }
        }
    }

    default boolean isAllowed() {
        return switch (this) {
            case Allowed allowed -> true;
            case Refused refused -> false;
        };
    }
}
