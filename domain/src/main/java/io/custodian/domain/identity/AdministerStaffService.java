package io.custodian.domain.identity;

import io.custodian.domain.access.AccessAction;
import io.custodian.domain.access.Affiliation;
import io.custodian.domain.access.LoginName;
import io.custodian.domain.access.StaffDirectory;
import io.custodian.domain.access.StaffId;
import io.custodian.domain.access.StaffMember;
import io.custodian.domain.audit.AuditOutcome;
import io.custodian.domain.audit.RecordAuditEntryUseCase;
import io.custodian.domain.common.Transactions;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/** {@link AdministerStaffUseCase} over the staff directory and the identity stores; every attempt is audited. */
public final class AdministerStaffService implements AdministerStaffUseCase {

    private final StaffDirectory directory;
    private final StaffCredentials credentialStore;
    private final StaffSessions sessions;
    private final PasswordHasher hasher;
    private final IdentityAudit audit;
    private final Transactions transactions;
    private final InstantSource clock;
    private final Supplier<StaffId> newStaffIds;

    /** @param newStaffIds source of ids for new accounts (random UUIDs in production, a sequence in tests) */
    public AdministerStaffService(StaffDirectory directory, StaffCredentials credentials, StaffSessions sessions,
                                  PasswordHasher hasher, RecordAuditEntryUseCase audit, Transactions transactions,
                                  InstantSource clock, Supplier<StaffId> newStaffIds) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.credentialStore = Objects.requireNonNull(credentials, "credentials");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.audit = new IdentityAudit(audit);
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.newStaffIds = Objects.requireNonNull(newStaffIds, "newStaffIds");
    }

    @Override
    public AccountChange register(RegisterStaffCommand command) {
        Instant at = clock.instant();
        AccountChange result = registered(command, at);
        Optional<StaffId> subject = result instanceof AccountChange.Applied applied
                ? Optional.of(applied.member().id()) : Optional.empty();
        audit.record(command.operator(), AccessAction.ADD_STAFF.code(), subject, IdentityAudit.outcomeOf(result));
        if (subject.isPresent()) {
            audit.record(command.operator(), SetPasswordService.SET_PASSWORD_ACTION, subject, AuditOutcome.SUCCEEDED);
        }
        return result;
    }

    private AccountChange registered(RegisterStaffCommand command, Instant at) {
        Optional<AccountChange.Rejected> weak = SetPasswordService.Credentials.weak(command.password());
        if (weak.isPresent()) {
            return weak.get();
        }
        StaffMember member;
        try {
            member = new StaffMember(newStaffIds.get(), command.displayName(), command.loginName(),
                    command.affiliation(), command.team(), command.role(), true);
        } catch (IllegalArgumentException e) {
            return new AccountChange.Rejected(AccountRefusal.INVALID_DETAILS, e.getMessage());
        }
        if (directory.findByLogin(command.loginName()).isPresent()) {
            return loginTaken();
        }
        PasswordHash hash = hasher.hash(command.password());
        try {
            transactions.run(() -> {
                directory.save(member);
                credentialStore.save(new StaffCredential(member.id(), hash, at));
            });
        } catch (IllegalArgumentException e) {
            // another process took the login name in the meantime: the unique login name decides
            if (directory.findByLogin(command.loginName()).filter(other -> !other.id().equals(member.id())).isPresent()) {
                return loginTaken();
            }
            throw e;
        }
        return new AccountChange.Applied(member);
    }

    private static AccountChange.Rejected loginTaken() {
        return new AccountChange.Rejected(AccountRefusal.LOGIN_TAKEN, "another staff account has that login name");
    }

    @Override
    public AccountChange disable(DisableStaffAccountCommand command) {
        Instant at = clock.instant();
        Optional<StaffMember> member = directory.findByLogin(command.loginName());
        AccountChange result = member.<AccountChange>map(found -> {
            StaffMember disabled = found.disabled();
            transactions.run(() -> {
                directory.save(disabled);
                sessions.revokeAllOf(disabled.id(), at);
            });
            return new AccountChange.Applied(disabled);
        }).orElseGet(AdministerStaffService::unknown);
        audit.record(command.operator(), AccessAction.DISABLE_STAFF.code(), member.map(StaffMember::id),
                IdentityAudit.outcomeOf(result));
        return result;
    }

    @Override
    public AccountChange setContract(SetStaffContractCommand command) {
        Optional<StaffMember> member = directory.findByLogin(command.loginName());
        AccountChange result = member.map(found -> switch (found.affiliation()) {
            case Affiliation.Subcontractor subcontractor -> {
                StaffMember changed = found.withAffiliation(new Affiliation.Subcontractor(command.contractValidUntil()));
                directory.save(changed);
                yield (AccountChange) new AccountChange.Applied(changed);
            }
            case Affiliation.Employee employee -> new AccountChange.Rejected(AccountRefusal.NOT_A_SUBCONTRACTOR,
                    "the account is an employee's, not a subcontractor's");
        }).orElseGet(AdministerStaffService::unknown);
        audit.record(command.operator(), AccessAction.SET_CONTRACT.code(), member.map(StaffMember::id),
                IdentityAudit.outcomeOf(result));
        return result;
    }

    private static AccountChange unknown() {
        return new AccountChange.Rejected(AccountRefusal.UNKNOWN_STAFF, "no staff account has that login name");
    }

    @Override
    public List<StaffAccount> list() {
        return directory.list().stream().map(this::account).toList();
    }

    @Override
    public Optional<StaffAccount> find(LoginName loginName) {
        return directory.findByLogin(Objects.requireNonNull(loginName, "loginName")).map(this::account);
    }

    private StaffAccount account(StaffMember member) {
        return new StaffAccount(member, credentialStore.find(member.id()).map(StaffCredential::setAt));
    }
}
