package io.custodian.domain.identity;

import io.custodian.domain.access.StaffId;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A staff member's session as stored: the hash of its token (never the token), whose it is, when it was opened, when it
 * expires, and when it was revoked (logout, password change, account disabled). Instants are kept at microsecond
 * precision, the database's.
 */
public record StaffSession(TokenHash tokenHash, StaffId staff, Instant createdAt, Instant expiresAt,
                           Optional<Instant> revokedAt) {

    public StaffSession {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(staff, "staff");
        createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(ChronoUnit.MICROS);
        expiresAt = Objects.requireNonNull(expiresAt, "expiresAt").truncatedTo(ChronoUnit.MICROS);
        revokedAt = Objects.requireNonNull(revokedAt, "revokedAt").map(at -> at.truncatedTo(ChronoUnit.MICROS));
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("a session must expire after it was opened");
        }
    }

    /** A new, unrevoked session. */
    public static StaffSession open(TokenHash tokenHash, StaffId staff, Instant createdAt, Instant expiresAt) {
        return new StaffSession(tokenHash, staff, createdAt, expiresAt, Optional.empty());
    }

    /** Not revoked, and {@code at} is before its expiry. */
    public boolean isActiveAt(Instant at) {
        Objects.requireNonNull(at, "at");
        return revokedAt.isEmpty() && at.isBefore(expiresAt);
    }

    public StaffSession revoked(Instant at) {
        return new StaffSession(tokenHash, staff, createdAt, expiresAt, Optional.of(at));
    }
}
