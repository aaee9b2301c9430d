package io.custodian.domain.identity;

import io.custodian.domain.access.Affiliation;
import io.custodian.domain.access.LoginName;
import io.custodian.domain.access.StaffDirectory;
import io.custodian.domain.access.StaffId;
import io.custodian.domain.access.StaffMember;
import io.custodian.domain.audit.Actor;
import io.custodian.domain.audit.AuditOutcome;
import io.custodian.domain.audit.RecordAuditEntryUseCase;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Logins, logouts and session authentication over the staff directory, the credential, session and attempt stores.
 *
 * <p>A login first <em>claims</em> its attempt: it records the attempt as a failure (compare-and-set on the login
 * name's record) before checking the password, and clears the record only if the login succeeds. So concurrent
 * attempts, from any number of processes, together get no more than the throttle's tries. An unknown login name is
 * checked against a fixed hash so that it costs the same time as a known one, and it is counted and locked out the same
 * way: neither the answer, nor its timing, nor the throttle tells whether a login name exists.
 *
 * <p>Audit entries (action {@value #LOGIN_ACTION}): the staff member as actor and subject when an account has the login
 * name (the actor as claimed, for a refusal), else the system actor {@value #LOGIN_ACTOR} and no subject. The login
 * name as typed is never recorded (people type passwords into it).
 */
public final class StaffSessionService implements LoginUseCase, LogoutUseCase, AuthenticateStaffUseCase {

    public static final String LOGIN_ACTION = "staff.login";
    public static final String LOGOUT_ACTION = "staff.logout";
    /** The system actor of login attempts for which no account exists. */
    public static final String LOGIN_ACTOR = "staff-login";
    /** Claims tried before a login under heavy contention on its login name is refused as throttled. */
    private static final int MAX_CLAIMS = 8;
    private static final Password TIMING_PASSWORD = new Password("custodian-timing-equaliser-password");

    private final StaffDirectory directory;
    private final StaffCredentials credentials;
    private final StaffSessions sessions;
    private final LoginAttempts attempts;
    private final PasswordHasher hasher;
    private final IdentityAudit audit;
    private final IdentitySettings settings;
    private final Supplier<SessionToken> newTokens;
    private volatile PasswordHash timingHash;

    /**
     * @param newTokens source of new session tokens: {@code () -> SessionToken.generate(secureRandom)} in production,
     *                  a fixed sequence in tests
     */
    public StaffSessionService(StaffDirectory directory, StaffCredentials credentials, StaffSessions sessions,
                               LoginAttempts attempts, PasswordHasher hasher, RecordAuditEntryUseCase audit,
                               IdentitySettings settings, Supplier<SessionToken> newTokens) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.attempts = Objects.requireNonNull(attempts, "attempts");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.audit = new IdentityAudit(audit);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.newTokens = Objects.requireNonNull(newTokens, "newTokens");
    }

    @Override
    public LoginOutcome login(LoginCommand command) {
        Instant at = command.at();
        LoginThrottle throttle = settings.throttle();
        LoginName login;
        try {
            login = new LoginName(command.loginName());
        } catch (IllegalArgumentException e) {
            audit.record(Actor.system(LOGIN_ACTOR), LOGIN_ACTION, Optional.empty(),
                    IdentityAudit.refused("INVALID_CREDENTIALS", "malformed login name"));
            return new LoginOutcome.Refused(new LoginRefusal.InvalidCredentials(throttle.firstDelay()));
        }
        Optional<StaffMember> member = directory.findByLogin(login);
        Actor actor = member.<Actor>map(found -> Actor.staff(found.id())).orElseGet(() -> Actor.system(LOGIN_ACTOR));
        Optional<StaffId> subject = member.map(StaffMember::id);

        FailedLogins claimed;
        switch (claimAttempt(login, at)) {
            case Locked(Instant retryAfter) -> {
                audit.record(actor, LOGIN_ACTION, subject, IdentityAudit.refused("TOO_MANY_ATTEMPTS",
                        "locked out after repeated failures until " + retryAfter));
                return new LoginOutcome.Refused(new LoginRefusal.TooManyAttempts(retryAfter));
            }
            case Claimed(FailedLogins counted) -> claimed = counted;
        }

        Optional<AuditOutcome> failure = check(member, command.password(), at);
        if (failure.isPresent()) {
            audit.record(actor, LOGIN_ACTION, subject, failure.get());
            return new LoginOutcome.Refused(new LoginRefusal.InvalidCredentials(throttle.delayAfter(claimed)));
        }
        StaffMember staff = member.orElseThrow();
        attempts.clear(login);
        SessionToken token = newTokens.get();
        StaffSession session = StaffSession.open(token.hash(), staff.id(), at, at.plus(settings.sessionLifetime()));
        sessions.open(session);
        audit.record(actor, LOGIN_ACTION, subject, AuditOutcome.SUCCEEDED);
        return new LoginOutcome.LoggedIn(token, staff, session.expiresAt());
    }

    /** Whether an attempt may check the password. */
    private sealed interface Claim {
    }

    /** The attempt is counted as a failure ({@code counted} is the record now) until the login succeeds. */
    private record Claimed(FailedLogins counted) implements Claim {
    }

    /** The login name is locked out until {@code retryAfter}. */
    private record Locked(Instant retryAfter) implements Claim {
    }

    /**
     * Counts this attempt as a failure, unless the login name is locked out; tried again when another attempt changed
     * the record in between.
     */
    private Claim claimAttempt(LoginName login, Instant at) {
        LoginThrottle throttle = settings.throttle();
        for (int i = 0; i < MAX_CLAIMS; i++) {
            Optional<FailedLogins> recorded = attempts.find(login);
            switch (throttle.decide(recorded, at)) {
                case LoginThrottle.Decision.LockedOut locked -> {
                    return new Locked(locked.retryAfter());
                }
                case LoginThrottle.Decision.Proceed proceed -> {
                    FailedLogins next = throttle.afterFailure(login, recorded, at);
                    if (attempts.replace(recorded, next)) {
                        return new Claimed(next);
                    }
                }
            }
        }
        return new Locked(at.plus(throttle.maxDelay()));
    }

    /** Why the login fails, as audited; empty when the password matches and the account may sign in. */
    private Optional<AuditOutcome> check(Optional<StaffMember> member, Password password, Instant at) {
        Optional<StaffCredential> credential = member.flatMap(found -> credentials.find(found.id()));
        boolean matches;
        if (!PasswordPolicy.withinMaximum(password)) {
            matches = false; // never hashed: longer than any password that can be set
        } else if (credential.isPresent()) {
            matches = hasher.verify(password, credential.get().hash());
        } else {
            hasher.verify(password, timingHash()); // the same work as for a known account
            matches = false;
        }
        if (member.isEmpty()) {
            return Optional.of(IdentityAudit.refused("INVALID_CREDENTIALS", "unknown login name"));
        }
        if (credential.isEmpty()) {
            return Optional.of(IdentityAudit.refused("INVALID_CREDENTIALS", "the account has no password"));
        }
        if (!matches) {
            return Optional.of(IdentityAudit.refused("INVALID_CREDENTIALS", "wrong password"));
        }
        StaffMember staff = member.get();
        if (!staff.active()) {
            return Optional.of(IdentityAudit.refused("STAFF_INACTIVE", "the account is disabled"));
        }
        return switch (staff.affiliation()) {
            case Affiliation.Employee employee -> Optional.empty();
            case Affiliation.Subcontractor subcontractor -> subcontractor.isValidAt(at) ? Optional.empty()
                    : Optional.of(IdentityAudit.refused("CONTRACT_EXPIRED",
                    "the subcontractor's contract ended on " + subcontractor.contractValidUntil()));
        };
    }

    private PasswordHash timingHash() {
        PasswordHash hash = timingHash;
        if (hash == null) {
            hash = hasher.hash(TIMING_PASSWORD);
            timingHash = hash;
        }
        return hash;
    }

    @Override
    public LogoutOutcome logout(LogoutCommand command) {
        Instant at = command.at();
        Optional<StaffSession> revoked = SessionToken.parse(command.token())
                .flatMap(token -> sessions.revoke(token.hash(), at));
        if (revoked.isEmpty() || !at.isBefore(revoked.get().expiresAt())) {
            return new LogoutOutcome.NoSession();
        }
        StaffId staff = revoked.get().staff();
        audit.record(Actor.staff(staff), LOGOUT_ACTION, Optional.of(staff), AuditOutcome.SUCCEEDED);
        return new LogoutOutcome.LoggedOut(staff);
    }

    @Override
    public Optional<StaffMember> authenticate(AuthenticateStaffCommand command) {
        Instant at = command.at();
        return SessionToken.parse(command.token())
                .flatMap(token -> sessions.find(token.hash()))
                .filter(session -> session.isActiveAt(at))
                .flatMap(session -> directory.findById(session.staff()))
                .filter(staff -> staff.isInServiceAt(at));
    }
}
