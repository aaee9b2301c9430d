package io.custodian.domain.identity;

import io.custodian.domain.access.StaffId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** In-memory {@link StaffSessions} for domain tests. */
public final class InMemoryStaffSessions implements StaffSessions {

    private final Map<TokenHash, StaffSession> sessions = new LinkedHashMap<>();

    @Override
    public synchronized void open(StaffSession session) {
        if (sessions.containsKey(session.tokenHash())) {
            throw new IllegalArgumentException("a session with this token hash exists");
        }
        sessions.put(session.tokenHash(), session);
    }

    @Override
    public synchronized Optional<StaffSession> find(TokenHash tokenHash) {
        return Optional.ofNullable(sessions.get(Objects.requireNonNull(tokenHash, "tokenHash")));
    }

    @Override
    public synchronized Optional<StaffSession> revoke(TokenHash tokenHash, Instant at) {
        Objects.requireNonNull(at, "at");
        StaffSession session = sessions.get(tokenHash);
        if (session == null || session.revokedAt().isPresent()) {
            return Optional.empty();
        }
        StaffSession revoked = session.revoked(at);
        sessions.put(tokenHash, revoked);
        return Optional.of(revoked);
    }

    @Override
    public synchronized int revokeAllOf(StaffId staff, Instant at) {
        int revoked = 0;
        for (StaffSession session : new ArrayList<>(sessions.values())) {
            if (session.staff().equals(staff) && session.isActiveAt(at)) {
                sessions.put(session.tokenHash(), session.revoked(at));
                revoked++;
            }
        }
        return revoked;
    }

    @Override
    public synchronized int deleteEndedBefore(Instant cutoff) {
        int before = sessions.size();
        sessions.values().removeIf(session -> session.expiresAt().isBefore(cutoff)
                || session.revokedAt().filter(revoked -> revoked.isBefore(cutoff)).isPresent());
        return before - sessions.size();
    }

    /** Every stored session (tests look for tokens in clear). */
    public synchronized List<StaffSession> all() {
        return List.copyOf(sessions.values());
    }
}
