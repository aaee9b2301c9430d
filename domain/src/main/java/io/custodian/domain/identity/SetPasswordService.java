package io.custodian.domain.identity;

import io.custodian.domain.access.AccessPolicy;
import io.custodian.domain.access.Decision;
import io.custodian.domain.access.StaffDirectory;
import io.custodian.domain.access.StaffId;
import io.custodian.domain.access.StaffMember;
import io.custodian.domain.audit.Actor;
import io.custodian.domain.audit.RecordAuditEntryUseCase;
import io.custodian.domain.common.Transactions;

import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link SetPasswordUseCase}: checks the actor, the account and the password, hashes it (outside the transaction: it
 * is slow on purpose), then in one transaction stores the credential, ends the account's sessions and clears its
 * failed logins.
 */
public final class SetPasswordService implements SetPasswordUseCase {

    public static final String SET_PASSWORD_ACTION = "staff.set-password";

    private final StaffDirectory directory;
    private final Credentials credentials;
    private final IdentityAudit audit;
    private final InstantSource clock;

    public SetPasswordService(StaffDirectory directory, StaffCredentials credentials, StaffSessions sessions,
                              LoginAttempts attempts, PasswordHasher hasher, RecordAuditEntryUseCase audit,
                              Transactions transactions, InstantSource clock) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.credentials = new Credentials(credentials, sessions, attempts, hasher, transactions);
        this.audit = new IdentityAudit(audit);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public AccountChange setPassword(SetPasswordCommand command) {
        Instant at = clock.instant();
        AccountChange result = authorised(command.actor(), command.staff(), at)
                .<AccountChange>map(refusal -> refusal)
                .orElseGet(() -> {
                    Optional<StaffMember> target = directory.findById(command.staff());
                    if (target.isEmpty()) {
                        return new AccountChange.Rejected(AccountRefusal.UNKNOWN_STAFF,
                                "no staff account " + command.staff());
                    }
                    return credentials.set(target.get(), command.password(), at);
                });
        audit.record(command.actor(), SET_PASSWORD_ACTION, Optional.of(command.staff()), IdentityAudit.outcomeOf(result));
        return result;
    }

    /** Empty when {@code actor} may set the password of {@code target} at {@code at}, else the rejection. */
    private Optional<AccountChange.Rejected> authorised(Actor actor, StaffId target, Instant at) {
        return switch (actor) {
            case Actor.Automated operator -> Optional.empty();
            case Actor.Staff(StaffId actorId) -> {
                Optional<StaffMember> staff = directory.findById(actorId);
                if (staff.isEmpty()) {
                    yield Optional.of(new AccountChange.Rejected(AccountRefusal.NOT_AUTHORISED,
                            "no staff account " + actorId));
                }
                if (AccessPolicy.mayManageStaff(staff.get(), at) instanceof Decision.Refused refused) {
                    yield Optional.of(new AccountChange.Rejected(AccountRefusal.NOT_AUTHORISED, refused.message()));
                }
                if (actorId.equals(target)) {
                    yield Optional.of(new AccountChange.Rejected(AccountRefusal.SELF_MANAGEMENT,
                            "a privacy officer may not set their own password this way; use the command line or ask"
                                    + " another privacy officer"));
                }
                yield Optional.empty();
            }
        };
    }

    /** Setting a password, shared with {@link AdministerStaffService}. */
    record Credentials(StaffCredentials store, StaffSessions sessions, LoginAttempts attempts, PasswordHasher hasher,
                       Transactions transactions) {

        Credentials {
            Objects.requireNonNull(store, "credentials");
            Objects.requireNonNull(sessions, "sessions");
            Objects.requireNonNull(attempts, "attempts");
            Objects.requireNonNull(hasher, "hasher");
            Objects.requireNonNull(transactions, "transactions");
        }

        /** The rejection when {@code password} may not be set. */
        static Optional<AccountChange.Rejected> weak(Password password) {
            return PasswordPolicy.problem(password)
                    .map(problem -> new AccountChange.Rejected(AccountRefusal.WEAK_PASSWORD, problem));
        }

        AccountChange set(StaffMember member, Password password, Instant at) {
            Optional<AccountChange.Rejected> weak = weak(password);
            if (weak.isPresent()) {
                return weak.get();
            }
            PasswordHash hash = hasher.hash(password);
            transactions.run(() -> {
                store.save(new StaffCredential(member.id(), hash, at));
                sessions.revokeAllOf(member.id(), at);
                attempts.clear(member.loginName());
            });
            return new AccountChange.Applied(member);
        }
    }
}
