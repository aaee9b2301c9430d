package io.custodian.domain.identity;

import java.time.Instant;
import java.util.Objects;

/**
 * {@link SweepIdentityUseCase}: deletes sessions that ended (expired or revoked) before now, and failed-login records
 * whose last failure is older than the throttle's lockout (the throttle no longer counts them).
 */
public final class SweepIdentityService implements SweepIdentityUseCase {

    private final StaffSessions sessions;
    private final LoginAttempts attempts;
    private final LoginThrottle throttle;

    public SweepIdentityService(StaffSessions sessions, LoginAttempts attempts, LoginThrottle throttle) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.attempts = Objects.requireNonNull(attempts, "attempts");
        this.throttle = Objects.requireNonNull(throttle, "throttle");
    }

    @Override
    public Swept sweep(Instant now) {
        Objects.requireNonNull(now, "now");
        return new Swept(sessions.deleteEndedBefore(now), attempts.forgetFailuresBefore(now.minus(throttle.lockout())));
    }
}
