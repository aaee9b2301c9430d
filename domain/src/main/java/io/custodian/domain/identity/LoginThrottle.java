package io.custodian.domain.identity;

import io.custodian.domain.access.LoginName;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How failed logins are throttled, per login name (whether an account has it or not, so the throttle reveals nothing
 * about which names exist). A pure policy: the state and the instant are passed in.
 *
 * <ul>
 *   <li>After {@code maxFailures} consecutive failures, further attempts are refused until {@code lockout} has passed
 *       since the last failure ({@link Decision.LockedOut}, "retry after").</li>
 *   <li>Before that, each failure is slowed: after the k-th consecutive failure the answer should be delayed by
 *       {@code firstDelay × 2^(k-1)}, at most {@code maxDelay} ({@link #delayAfter}); the adapter applies it.</li>
 *   <li>Failures are forgotten once {@code lockout} has passed since the last one, and on a successful login.</li>
 *   <li>Attempts refused while locked out are not failures: they neither count nor extend the lockout.</li>
 * </ul>
 */
public record LoginThrottle(int maxFailures, Duration lockout, Duration firstDelay, Duration maxDelay) {

    public static final int DEFAULT_MAX_FAILURES = 5;
    public static final Duration DEFAULT_LOCKOUT = Duration.ofMinutes(15);
    public static final Duration DEFAULT_FIRST_DELAY = Duration.ofSeconds(1);
    public static final Duration DEFAULT_MAX_DELAY = Duration.ofSeconds(10);

    /** The outcome of the throttle for one attempt. */
    public sealed interface Decision {

        /** The attempt may check the password. */
        record Proceed() implements Decision {
        }

        /** Too many failures: refused without checking the password until {@code retryAfter}. */
        record LockedOut(Instant retryAfter) implements Decision {
            public LockedOut {
                Objects.requireNonNull(retryAfter, "retryAfter");
            }
        }
    }

    private static final Decision PROCEED = new Decision.Proceed();

    public LoginThrottle {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
        requirePositive(lockout, "lockout");
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (firstDelay.isNegative() || maxDelay.isNegative()) {
            throw new IllegalArgumentException("delays must not be negative");
        }
        if (firstDelay.compareTo(maxDelay) > 0) {
            throw new IllegalArgumentException("firstDelay must not exceed maxDelay");
        }
    }

    /** 5 failures, 15 minutes lockout, delays of 1 s doubling up to 10 s. */
    public static LoginThrottle defaults() {
        return of(DEFAULT_MAX_FAILURES, DEFAULT_LOCKOUT);
    }

    /** {@code maxFailures} and {@code lockout} with the default delays. */
    public static LoginThrottle of(int maxFailures, Duration lockout) {
        return new LoginThrottle(maxFailures, lockout, DEFAULT_FIRST_DELAY, DEFAULT_MAX_DELAY);
    }

    /** The failures of {@code state} that still count at {@code at}: none once the lockout has passed since the last. */
    public int failuresCountingAt(Optional<FailedLogins> state, Instant at) {
        Objects.requireNonNull(at, "at");
        return state.filter(failed -> at.isBefore(failed.lastFailureAt().plus(lockout)))
                .map(FailedLogins::consecutiveFailures)
                .orElse(0);
    }

    /** May an attempt at {@code at} check the password, given the failures recorded so far? */
    public Decision decide(Optional<FailedLogins> state, Instant at) {
        if (failuresCountingAt(state, at) >= maxFailures) {
            return new Decision.LockedOut(state.orElseThrow().lastFailureAt().plus(lockout));
        }
        return PROCEED;
    }

    /** The record after a failed attempt at {@code at}: one more failure, or the first after forgotten ones. */
    public FailedLogins afterFailure(LoginName login, Optional<FailedLogins> state, Instant at) {
        Objects.requireNonNull(login, "login");
        state.ifPresent(failed -> {
            if (!failed.login().equals(login)) {
                throw new IllegalArgumentException("the recorded failures are for another login name");
            }
        });
        return new FailedLogins(login, failuresCountingAt(state, at) + 1, at);
    }

    /** How long the answer to the failure that left {@code state} should be delayed. */
    public Duration delayAfter(FailedLogins state) {
        Objects.requireNonNull(state, "state");
        Duration delay = firstDelay;
        for (int failure = 1; failure < state.consecutiveFailures() && delay.compareTo(maxDelay) < 0; failure++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
