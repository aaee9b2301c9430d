package io.custodian.domain.identity;

import io.custodian.domain.access.LoginName;

import java.time.Instant;
import java.util.Optional;

/**
 * Out-port: the failed-login count of each login name, what the {@link LoginThrottle} decides on. Updated by
 * compare-and-set, so that concurrent attempts (from any number of processes) cannot both use the same last
 * allowed try.
 */
public interface LoginAttempts {

    Optional<FailedLogins> find(LoginName login);

    /**
     * Replaces the record of {@code next.login()} with {@code next} if it is still {@code expected} (empty: there is
     * no record); returns whether it did. Atomic.
     *
     * @throws IllegalArgumentException if {@code expected} is for another login name than {@code next}
     */
    boolean replace(Optional<FailedLogins> expected, FailedLogins next);

    /** Forgets the failures of {@code login} (after a successful login, or a new password). */
    void clear(LoginName login);

    /** Forgets every record whose last failure was before {@code cutoff}; returns how many. */
    int forgetFailuresBefore(Instant cutoff);
}
