package io.custodian.persistence.identity;

import io.custodian.domain.access.LoginName;
import io.custodian.domain.identity.FailedLogins;
import io.custodian.domain.identity.LoginAttempts;
import io.custodian.persistence.DatabaseTime;
import io.custodian.persistence.jooq.tables.records.LoginAttemptRecord;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import static io.custodian.persistence.jooq.Tables.LOGIN_ATTEMPT;

/**
 * {@link LoginAttempts} on the {@code login_attempt} table. The compare-and-set is one statement: an insert that does
 * nothing when a row exists, or an update conditioned on the expected count and time; PostgreSQL's row locks make it
 * atomic across processes.
 */
public final class JooqLoginAttempts implements LoginAttempts {

    private final DSLContext dsl;

    public JooqLoginAttempts(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public Optional<FailedLogins> find(LoginName login) {
        Objects.requireNonNull(login, "login");
        return dsl.selectFrom(LOGIN_ATTEMPT)
                .where(LOGIN_ATTEMPT.LOGIN_NAME.eq(login.value()))
                .fetchOptional()
                .map(JooqLoginAttempts::toDomain);
    }

    @Override
    public boolean replace(Optional<FailedLogins> expected, FailedLogins next) {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(next, "next");
        if (expected.isEmpty()) {
            return dsl.insertInto(LOGIN_ATTEMPT)
                    .set(LOGIN_ATTEMPT.LOGIN_NAME, next.login().value())
                    .set(LOGIN_ATTEMPT.CONSECUTIVE_FAILURES, next.consecutiveFailures())
                    .set(LOGIN_ATTEMPT.LAST_FAILED_AT, DatabaseTime.utc(next.lastFailureAt()))
                    .onConflict(LOGIN_ATTEMPT.LOGIN_NAME).doNothing()
                    .execute() == 1;
        }
        FailedLogins previous = expected.get();
        if (!previous.login().equals(next.login())) {
            throw new IllegalArgumentException("expected and next are for different login names");
        }
        return dsl.update(LOGIN_ATTEMPT)
                .set(LOGIN_ATTEMPT.CONSECUTIVE_FAILURES, next.consecutiveFailures())
                .set(LOGIN_ATTEMPT.LAST_FAILED_AT, DatabaseTime.utc(next.lastFailureAt()))
                .where(LOGIN_ATTEMPT.LOGIN_NAME.eq(previous.login().value()))
                .and(LOGIN_ATTEMPT.CONSECUTIVE_FAILURES.eq(previous.consecutiveFailures()))
                .and(LOGIN_ATTEMPT.LAST_FAILED_AT.eq(DatabaseTime.utc(previous.lastFailureAt())))
                .execute() == 1;
    }

    @Override
    public void clear(LoginName login) {
        Objects.requireNonNull(login, "login");
        dsl.deleteFrom(LOGIN_ATTEMPT).where(LOGIN_ATTEMPT.LOGIN_NAME.eq(login.value())).execute();
    }

    @Override
    public int forgetFailuresBefore(Instant cutoff) {
        return dsl.deleteFrom(LOGIN_ATTEMPT)
                .where(LOGIN_ATTEMPT.LAST_FAILED_AT.lt(DatabaseTime.utc(cutoff)))
                .execute();
    }

    private static FailedLogins toDomain(LoginAttemptRecord row) {
        return new FailedLogins(new LoginName(row.getLoginName()), row.getConsecutiveFailures(),
                row.getLastFailedAt().toInstant());
    }
}
