package io.custodian.persistence.identity;

import io.custodian.domain.access.StaffId;
import io.custodian.domain.identity.StaffSession;
import io.custodian.domain.identity.StaffSessions;
import io.custodian.domain.identity.TokenHash;
import io.custodian.persistence.DatabaseTime;
import io.custodian.persistence.jooq.Keys;
import io.custodian.persistence.jooq.tables.records.StaffSessionRecord;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import static io.custodian.persistence.jooq.Tables.STAFF_SESSION;

/**
 * {@link StaffSessions} on the {@code staff_session} table, keyed by the SHA-256 of the token (the token itself is
 * never written). Revocation is a single conditional update, so of two concurrent logouts exactly one revokes.
 */
public final class JooqStaffSessions implements StaffSessions {

    private final DSLContext dsl;

    public JooqStaffSessions(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    /**
     * Inserts the session as a nested transaction (a savepoint inside the caller's), so a refused duplicate leaves the
     * caller's transaction usable.
     */
    @Override
    public void open(StaffSession session) {
        Objects.requireNonNull(session, "session");
        try {
            dsl.transaction(() -> dsl.insertInto(STAFF_SESSION) // no-arg lambda: joins the thread's transaction
                    .set(STAFF_SESSION.TOKEN_HASH, session.tokenHash().hex())
                    .set(STAFF_SESSION.STAFF_ID, session.staff().value())
                    .set(STAFF_SESSION.CREATED_AT, DatabaseTime.utc(session.createdAt()))
                    .set(STAFF_SESSION.EXPIRES_AT, DatabaseTime.utc(session.expiresAt()))
                    .set(STAFF_SESSION.REVOKED_AT, session.revokedAt().map(DatabaseTime::utc).orElse(null))
                    .execute());
        } catch (IntegrityConstraintViolationException e) {
            if (Constraints.violated(e, Keys.STAFF_SESSION_PK.getName())) {
                throw new IllegalArgumentException("a session with this token hash exists", e);
            }
            throw e;
        }
    }

    @Override
    public Optional<StaffSession> find(TokenHash tokenHash) {
        Objects.requireNonNull(tokenHash, "tokenHash");
        return dsl.selectFrom(STAFF_SESSION)
                .where(STAFF_SESSION.TOKEN_HASH.eq(tokenHash.hex()))
                .fetchOptional()
                .map(JooqStaffSessions::toDomain);
    }

    @Override
    public Optional<StaffSession> revoke(TokenHash tokenHash, Instant at) {
        Objects.requireNonNull(tokenHash, "tokenHash");
        return dsl.update(STAFF_SESSION)
                .set(STAFF_SESSION.REVOKED_AT, DatabaseTime.utc(at))
                .where(STAFF_SESSION.TOKEN_HASH.eq(tokenHash.hex()))
                .and(STAFF_SESSION.REVOKED_AT.isNull())
                .returning()
                .fetchOptional()
                .map(JooqStaffSessions::toDomain);
    }

    @Override
    public int revokeAllOf(StaffId staff, Instant at) {
        Objects.requireNonNull(staff, "staff");
        return dsl.update(STAFF_SESSION)
                .set(STAFF_SESSION.REVOKED_AT, DatabaseTime.utc(at))
                .where(STAFF_SESSION.STAFF_ID.eq(staff.value()))
                .and(STAFF_SESSION.REVOKED_AT.isNull())
                .and(STAFF_SESSION.EXPIRES_AT.gt(DatabaseTime.utc(at)))
                .execute();
    }

    @Override
    public int deleteEndedBefore(Instant cutoff) {
        var before = DatabaseTime.utc(cutoff);
        return dsl.deleteFrom(STAFF_SESSION)
                .where(STAFF_SESSION.EXPIRES_AT.lt(before))
                .or(STAFF_SESSION.REVOKED_AT.lt(before))
                .execute();
    }

    private static StaffSession toDomain(StaffSessionRecord row) {
        return new StaffSession(new TokenHash(row.getTokenHash()), new StaffId(row.getStaffId()),
                row.getCreatedAt().toInstant(), row.getExpiresAt().toInstant(),
                Optional.ofNullable(row.getRevokedAt()).map(java.time.OffsetDateTime::toInstant));
    }
}
