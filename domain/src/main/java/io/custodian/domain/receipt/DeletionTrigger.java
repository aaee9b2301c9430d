package io.custodian.domain.receipt;

import java.util.Optional;
import java.util.regex.Pattern;

/** The rule under which a tenant's data was purged, as named on its deletion receipt. */
public sealed interface DeletionTrigger {

    /** Stable code written on the receipt. */
    String code();

    /** The reference the rule carries (e.g. the early-deletion request id), if any. */
    Optional<String> reference();

    /** The customer unsubscribed and did not re-subscribe before the purge deadline. */
    record UninstallGraceExpired() implements DeletionTrigger {
        @Override
        public String code() {
            return "UNINSTALL_GRACE_EXPIRED";
        }

        @Override
        public Optional<String> reference() {
            return Optional.empty();
        }
    }

    /** The customer asked for an earlier deletion; {@code requestId} names that request. */
    record EarlyDeletionRequest(String requestId) implements DeletionTrigger {

        public static final int MAX_LENGTH = 64;
        private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]*");

        public EarlyDeletionRequest {
            if (requestId == null || requestId.isBlank()) {
                throw new IllegalArgumentException("early-deletion request id must not be blank");
            }
            if (requestId.length() > MAX_LENGTH || !ALLOWED.matcher(requestId).matches()) {
                throw new IllegalArgumentException("invalid early-deletion request id: " + requestId);
            }
        }

        @Override
        public String code() {
            return "EARLY_DELETION_REQUEST";
        }

        @Override
        public Optional<String> reference() {
            return Optional.of(requestId);
        }
    }
}
