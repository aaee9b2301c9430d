package io.custodian.domain.identity;

import io.custodian.domain.access.StaffId;

import java.time.Instant;
import java.util.Optional;

/** Out-port: staff sessions, by the hash of their token. Stores no token in clear. */
public interface StaffSessions {

    /**
     * Stores a new session.
     *
     * @throws IllegalArgumentException if a session with the same token hash exists
     */
    void open(StaffSession session);

    Optional<StaffSession> find(TokenHash tokenHash);

    /**
     * Revokes the session at {@code at} if it is not revoked yet (expired or not) and returns it as revoked; empty
     * when there is no such session or it was revoked already. Atomic: of two concurrent revocations one gets it.
     */
    Optional<StaffSession> revoke(TokenHash tokenHash, Instant at);

    /** Revokes every session of {@code staff} that is neither revoked nor expired at {@code at}; returns how many. */
    int revokeAllOf(StaffId staff, Instant at);

    /** Deletes every session that expired or was revoked before {@code cutoff}; returns how many. */
    int deleteEndedBefore(Instant cutoff);
}
