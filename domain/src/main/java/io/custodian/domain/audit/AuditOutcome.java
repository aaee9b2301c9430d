package io.custodian.domain.audit;

import java.util.Optional;

/** How an audited action ended: an access decision (allowed, refused) or an operation (succeeded, failed). */
public sealed interface AuditOutcome {

    AuditOutcome ALLOWED = new Allowed();
    AuditOutcome SUCCEEDED = new Succeeded();

    int MAX_REASON_LENGTH = 1000;

    /** {@code ALLOWED}, {@code REFUSED}, {@code SUCCEEDED} or {@code FAILED}. */
    String code();

    /** Why it was refused or failed. */
    Optional<String> reason();

    record Allowed() implements AuditOutcome {
        @Override
        public String code() {
            return "ALLOWED";
        }

        @Override
        public Optional<String> reason() {
            return Optional.empty();
        }
    }

    record Refused(String why) implements AuditOutcome {
        public Refused {
            why = validReason(why);
        }

        @Override
        public String code() {
            return "REFUSED";
        }

        @Override
        public Optional<String> reason() {
            return Optional.of(why);
        }
    }

    record Succeeded() implements AuditOutcome {
        @Override
        public String code() {
            return "SUCCEEDED";
        }

        @Override
        public Optional<String> reason() {
            return Optional.empty();
        }
    }

    record Failed(String why) implements AuditOutcome {
        public Failed {
            why = validReason(why);
        }

        @Override
        public String code() {
            return "FAILED";
        }

        @Override
        public Optional<String> reason() {
            return Optional.of(why);
        }
    }

    private static String validReason(String why) {
        if (why == null || why.isBlank()) {
            throw new IllegalArgumentException("a refusal or failure needs a reason");
        }
        if (why.length() > MAX_REASON_LENGTH) {
            throw new IllegalArgumentException("reason longer than " + MAX_REASON_LENGTH + " characters");
        }
        return why;
    }
}
