package io.custodian.domain.location;

/** Outcome of {@link LocationPolicy#check}: an operation on a tenant may proceed here, or not, with a reason. */
public sealed interface LocationDecision {

    LocationDecision ALLOWED = new Allowed();

    record Allowed() implements LocationDecision {
    }

    record Refused(String reason) implements LocationDecision {
        public Refused {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("a refusal needs a reason");
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
