package io.custodian.domain.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Why a login was refused, as the person signing in may learn it: never whether the login name exists, nor whether the
 * account is disabled or its contract ended (the audit log records that).
 */
public sealed interface LoginRefusal {

    /** A stable code for adapters (e.g. the JSON error code). */
    String code();

    /** Human-readable, safe to show to whoever tried. */
    String message();

    /**
     * Wrong login name or password, or an account that may not sign in.
     *
     * @param answerDelay how long the adapter should wait before answering (the {@link LoginThrottle}'s slow-down)
     */
    record InvalidCredentials(Duration answerDelay) implements LoginRefusal {
        public InvalidCredentials {
            Objects.requireNonNull(answerDelay, "answerDelay");
            if (answerDelay.isNegative()) {
                throw new IllegalArgumentException("answerDelay must not be negative");
            }
        }

        @Override
        public String code() {
            return "invalid_credentials";
        }

        @Override
        public String message() {
            return "wrong login name or password, or the account may not sign in";
        }
    }

    /** Too many failed attempts for this login name: the password was not checked; retry after {@code retryAfter}. */
    record TooManyAttempts(Instant retryAfter) implements LoginRefusal {
        public TooManyAttempts {
            Objects.requireNonNull(retryAfter, "retryAfter");
        }

        @Override
        public String code() {
            return "too_many_attempts";
        }

        @Override
        public String message() {
            return "too many failed attempts, retry after " + retryAfter;
        }
    }
}
