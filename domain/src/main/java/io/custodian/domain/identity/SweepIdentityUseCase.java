package io.custodian.domain.identity;

import java.time.Instant;

/**
 * In-port: housekeeping of identity records that no longer matter: sessions that expired or were revoked, and
 * failed-login counts the {@link LoginThrottle} has forgotten. Safe to run at any time, from any process.
 */
public interface SweepIdentityUseCase {

    /** What a sweep deleted. */
    record Swept(int sessions, int failedLoginRecords) {
    }

    Swept sweep(Instant now);
}
