package io.custodian.domain.receipt;

/** Result of checking one signature. */
public sealed interface SignatureCheck {

    SignatureCheck VALID = new Valid();

    record Valid() implements SignatureCheck {
    }

    record Invalid(String reason) implements SignatureCheck {
        public Invalid {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("an invalid signature needs a reason");
            }
        }
    }

    default boolean isValid() {
        return switch (this) {
            case Valid valid -> true;
            case Invalid invalid -> false;
        };
    }
}
