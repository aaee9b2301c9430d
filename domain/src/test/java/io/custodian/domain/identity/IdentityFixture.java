package io.custodian.domain.identity;

import io.custodian.domain.access.InMemoryStaffDirectory;
import io.custodian.domain.access.StaffId;
import io.custodian.domain.access.StaffMember;
import io.custodian.domain.audit.AuditCanonicalForm;
import io.custodian.domain.audit.AuditEntry;
import io.custodian.domain.audit.InMemoryAuditTrail;
import io.custodian.domain.audit.RecordAuditEntryService;
import io.custodian.domain.common.DirectTransactions;
import io.custodian.domain.receipt.TestPseudonymisers;
import io.custodian.domain.testing.MutableClock;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/** The identity services over in-memory fakes, a test clock and a recording audit trail. */
final class IdentityFixture {

    static final Duration LIFETIME = Duration.ofHours(8);

    final MutableClock clock = new MutableClock();
    final InMemoryStaffDirectory directory = new InMemoryStaffDirectory();
    final InMemoryStaffCredentials credentials = new InMemoryStaffCredentials();
    final InMemoryStaffSessions sessions = new InMemoryStaffSessions();
    final InMemoryLoginAttempts attempts = new InMemoryLoginAttempts();
    final FakePasswordHasher hasher = new FakePasswordHasher();
    final InMemoryAuditTrail trail = new InMemoryAuditTrail();
    final RecordAuditEntryService audit = new RecordAuditEntryService(trail, TestPseudonymisers.fixed(), clock);
    final DirectTransactions transactions = new DirectTransactions();
    final SequentialTokens tokens = new SequentialTokens();
    final IdentitySettings settings = new IdentitySettings(LIFETIME, LoginThrottle.defaults());
    private final AtomicLong ids = new AtomicLong(1);

    final StaffSessionService sessionService = new StaffSessionService(directory, credentials, sessions, attempts,
            hasher, audit, settings, tokens);
    final SetPasswordService setPassword = new SetPasswordService(directory, credentials, sessions, attempts, hasher,
            audit, transactions, clock);
    final AdministerStaffService administer = new AdministerStaffService(directory, credentials, sessions, hasher,
            audit, transactions, clock, () -> new StaffId(new UUID(0xAD, ids.getAndIncrement())));
    final SweepIdentityService sweep = new SweepIdentityService(sessions, attempts, settings.throttle());

    /** Saves {@code member} with {@code password} set directly in the stores. */
    StaffMember withPassword(StaffMember member, String password) {
        directory.save(member);
        credentials.save(new StaffCredential(member.id(), hasher.hash(new Password(password)), clock.instant()));
        return member;
    }

    List<AuditEntry> auditEntries() {
        return trail.page(new io.custodian.domain.audit.AuditPageQuery(0, 1000));
    }

    AuditEntry lastAudit() {
        return trail.head().orElseThrow(() -> new AssertionError("nothing audited"));
    }

    /** Every audit entry in its canonical text form, for "never contains" assertions. */
    String auditText() {
        return auditEntries().stream().map(AuditCanonicalForm::asText).collect(Collectors.joining("\n"));
    }
}
