package io.custodian.domain.identity;

import java.time.Duration;
import java.util.Objects;

/** How long a staff session lasts, and how failed logins are throttled. */
public record IdentitySettings(Duration sessionLifetime, LoginThrottle throttle) {

    public static final Duration DEFAULT_SESSION_LIFETIME = Duration.ofHours(8);
    public static final Duration MIN_SESSION_LIFETIME = Duration.ofMinutes(1);
    public static final Duration MAX_SESSION_LIFETIME = Duration.ofDays(30);

    public IdentitySettings {
        Objects.requireNonNull(sessionLifetime, "sessionLifetime");
        Objects.requireNonNull(throttle, "throttle");
        if (sessionLifetime.compareTo(MIN_SESSION_LIFETIME) < 0 || sessionLifetime.compareTo(MAX_SESSION_LIFETIME) > 0) {
            throw new IllegalArgumentException("a session lasts between " + MIN_SESSION_LIFETIME + " and "
                    + MAX_SESSION_LIFETIME + ", not " + sessionLifetime);
        }
    }

    /** Sessions of 8 hours, {@link LoginThrottle#defaults()}. */
    public static IdentitySettings defaults() {
        return new IdentitySettings(DEFAULT_SESSION_LIFETIME, LoginThrottle.defaults());
    }
}
