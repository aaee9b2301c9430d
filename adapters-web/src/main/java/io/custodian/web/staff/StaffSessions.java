package io.custodian.web.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import io.custodian.domain.access.StaffMember;

/**
 * What the staff API asks of staff identity to open and close sessions (login and logout). The server adapts the
 * identity in-ports to it.
 */
public interface StaffSessions {

    SignIn login(String login, String password, Instant now);

    /** Ends the session of {@code bearerToken}; nothing happens for a token that opens no session. */
    void logout(String bearerToken, Instant now);

    /** The outcome of a login. */
    sealed interface SignIn {
    }

    /** A new session: {@code token} is shown this once. */
    record SignedIn(String token, Instant expiresAt, StaffMember staff) implements SignIn {
        public SignedIn {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(expiresAt, "expiresAt");
            Objects.requireNonNull(staff, "staff");
        }

        @Override
        public String toString() {
            return "SignedIn[token=redacted, expiresAt=" + expiresAt + ", staff=" + staff.id() + "]";
        }
    }

    /**
     * Refused: wrong login or password, or an account that may not sign in (one answer for all, so login names cannot
     * be probed); answer after {@code answerDelay}.
     */
    record InvalidCredentials(Duration answerDelay) implements SignIn {
        public InvalidCredentials {
            Objects.requireNonNull(answerDelay, "answerDelay");
        }
    }

    /** Refused without checking the password: too many failed attempts; try again after {@code retryAfter}. */
    record TooManyAttempts(Instant retryAfter) implements SignIn {
        public TooManyAttempts {
            Objects.requireNonNull(retryAfter, "retryAfter");
        }
    }
}
