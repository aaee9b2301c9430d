package io.custodian.domain.identity;

import io.custodian.domain.access.LoginName;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The consecutive failed logins for one login name (whether an account has it or not) and when the last one was
 * ({@code lastFailureAt} kept at microsecond precision, the database's).
 */
public record FailedLogins(LoginName login, int consecutiveFailures, Instant lastFailureAt) {

    public FailedLogins {
        Objects.requireNonNull(login, "login");
        if (consecutiveFailures < 1) {
            throw new IllegalArgumentException("at least one failure is recorded");
        }
        lastFailureAt = Objects.requireNonNull(lastFailureAt, "lastFailureAt").truncatedTo(ChronoUnit.MICROS);
    }
}
