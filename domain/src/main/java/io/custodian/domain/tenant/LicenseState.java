package io.custodian.domain.tenant;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The add-on's license for a tenant as Atlassian last reported it: the Connect {@code lic} parameter of a verified app
 * request ({@code active} or {@code none}). Anything but {@code active} counts as unlicensed.
 *
 * @param active     Atlassian reported the license as active
 * @param reportedAt when this state was last written
 */
public record LicenseState(boolean active, Instant reportedAt) {

    /** The value of {@code lic} that means licensed. */
    public static final String CONNECT_ACTIVE = "active";

    /** An unchanged license is written again at most this often (it keeps the item from going idle). */
    public static final Duration REFRESH_INTERVAL = Duration.ofHours(1);

    public LicenseState {
        Objects.requireNonNull(reportedAt, "reportedAt");
    }

    /** Whether a Connect {@code lic} value means licensed: exactly {@code active}. */
    public static boolean isActive(String lic) {
        return CONNECT_ACTIVE.equals(lic);
    }

    /** Whether a report of {@code nowActive} at {@code now} must be written over this state. */
    public boolean needsRewrite(boolean nowActive, Instant now) {
        Objects.requireNonNull(now, "now");
        return nowActive != active || !reportedAt.plus(REFRESH_INTERVAL).isAfter(now);
    }
}
