package io.custodian.domain.audit;

import io.custodian.domain.access.AccessAction;
import io.custodian.domain.access.AccessEvent;
import io.custodian.domain.access.AddStaffCommand;
import io.custodian.domain.access.Affiliation;
import io.custodian.domain.access.AuthoriseTenantReadCommand;
import io.custodian.domain.access.AuthoriseTenantReadService;
import io.custodian.domain.access.Decision;
import io.custodian.domain.access.DisableStaffCommand;
import io.custodian.domain.access.InMemoryStaffDirectory;
import io.custodian.domain.access.LoginName;
import io.custodian.domain.access.ManageStaffService;
import io.custodian.domain.access.Purpose;
import io.custodian.domain.access.RefusalReason;
import io.custodian.domain.access.Role;
import io.custodian.domain.access.StaffId;
import io.custodian.domain.access.StaffMember;
import io.custodian.domain.access.StaffMemberBuilder;
import io.custodian.domain.access.Team;
import io.custodian.domain.access.TenantStatus;
import io.custodian.domain.datamap.Category;
import io.custodian.domain.location.DataLocation;
import io.custodian.domain.receipt.TestPseudonymisers;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.TenantState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class AuditTrailAccessLogTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final ClientKey CLIENT = new ClientKey("acme-client-key");
    private static final DataLocation ROUBAIX = new DataLocation("Roubaix, France");

    private final InMemoryAuditTrail trail = new InMemoryAuditTrail();
    private final AuditTrailAccessLog log = new AuditTrailAccessLog(trail, TestPseudonymisers.fixed());

    private List<AuditEntry> entries() {
        try (Stream<AuditEntry> all = trail.streamAll()) {
            return all.toList();
        }
    }

    @Test
    void an_allowed_read_becomes_an_allowed_audit_entry_with_the_tenant_pseudonymised() {
        StaffId alice = AuditDrafts.ALICE;
        Purpose ticket = new Purpose.SupportTicket("SUP-9");

        log.record(AccessEvent.tenantRead(alice, CLIENT, Category.OPERATION, Optional.of(ticket), NOW,
                Decision.ALLOWED));

        assertThat(trail.head().orElseThrow().content()).isEqualTo(new AuditDraft(Actor.staff(alice),
                new AuditAction("tenant-data.read"), Optional.empty(),
                Optional.of(TestPseudonymisers.fixed().pseudonymise(CLIENT)), Optional.of(Category.OPERATION),
                Optional.of(ticket), NOW, AuditOutcome.ALLOWED));
    }

    @Test
    void a_refusal_is_recorded_with_its_code_and_message() {
        log.record(AccessEvent.tenantRead(AuditDrafts.ALICE, CLIENT, Category.ACCOUNT, Optional.empty(), NOW,
                Decision.refused(RefusalReason.PURPOSE_MISSING, "a purpose is required")));

        assertThat(trail.head().orElseThrow().content().outcome())
                .isEqualTo(new AuditOutcome.Refused("PURPOSE_MISSING: a purpose is required"));
    }

    @Test
    void a_staff_change_names_the_account_as_subject() {
        StaffId target = new StaffId(UUID.fromString("00000000-0000-0000-0000-000000000007"));

        log.record(AccessEvent.staffChange(AuditDrafts.ALICE, AccessAction.DISABLE_STAFF, Optional.of(target), NOW,
                Decision.ALLOWED));

        AuditDraft content = trail.head().orElseThrow().content();
        assertThat(content.action()).isEqualTo(new AuditAction("staff.disable"));
        assertThat(content.subject()).contains(new AuditSubject("staff", target.toString()));
        assertThat(content.tenant()).isEmpty();
    }

    @Test
    void a_very_long_refusal_message_is_cut_to_the_reason_limit() {
        log.record(AccessEvent.tenantRead(AuditDrafts.ALICE, CLIENT, Category.ACCOUNT, Optional.empty(), NOW,
                Decision.refused(RefusalReason.UNKNOWN_STAFF, "x".repeat(5000))));

        assertThat(trail.head().orElseThrow().content().outcome().reason().orElseThrow())
                .hasSize(AuditOutcome.MAX_REASON_LENGTH);
    }

    @Test
    void staff_management_and_reads_through_the_services_land_in_one_verifiable_chain() {
        StaffMember officer = StaffMemberBuilder.aPrivacyOfficer().build();
        InMemoryStaffDirectory directory = InMemoryStaffDirectory.with(officer);
        InstantSource clock = InstantSource.fixed(NOW);
        ManageStaffService staff = new ManageStaffService(directory, log, clock,
                () -> new StaffId(new UUID(1, 1)));
        AuthoriseTenantReadService reads = new AuthoriseTenantReadService(directory, log, clock, ROUBAIX);

        staff.add(new AddStaffCommand(officer.id(), "Bob", new LoginName("bob"), Affiliation.EMPLOYEE, Team.SUPPORT,
                Role.SUPPORT_ENGINEER));
        StaffId bob = new StaffId(new UUID(1, 1));
        reads.authorise(new AuthoriseTenantReadCommand(bob, new TenantStatus(CLIENT, TenantState.ACTIVE), ROUBAIX,
                Category.OPERATION, Optional.of(new Purpose.FreeText("sync failure"))));
        staff.disable(new DisableStaffCommand(officer.id(), bob));
        reads.authorise(new AuthoriseTenantReadCommand(bob, new TenantStatus(CLIENT, TenantState.ACTIVE), ROUBAIX,
                Category.OPERATION, Optional.of(new Purpose.FreeText("sync failure"))));

        assertThat(entries()).extracting(entry -> entry.content().action().code() + " "
                + entry.content().outcome().code()).containsExactly("staff.add ALLOWED",
                "tenant-data.read ALLOWED", "staff.disable ALLOWED", "tenant-data.read REFUSED");
        assertThat(AuditChain.verify(entries()).isIntact()).isTrue();
    }
}
