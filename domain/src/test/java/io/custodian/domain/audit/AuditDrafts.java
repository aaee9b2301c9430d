package io.custodian.domain.audit;

import io.custodian.domain.access.Purpose;
import io.custodian.domain.access.StaffId;
import io.custodian.domain.datamap.Category;
import io.custodian.domain.receipt.TenantPseudonym;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Sample audit drafts. */
public final class AuditDrafts {

    public static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    public static final StaffId ALICE = new StaffId(UUID.fromString("3f2a9c1e-5b7d-4e8f-a1c3-9d0e2f4b6a81"));
    public static final TenantPseudonym TENANT = new TenantPseudonym("5e".repeat(32));

    private AuditDrafts() {
    }

    /** Staff member ALICE read operation data of TENANT for ticket SUP-1042, allowed, {@code seconds} after T0. */
    public static AuditDraft staffRead(long seconds) {
        return new AuditDraft(Actor.staff(ALICE), new AuditAction("tenant-data.read"), Optional.empty(),
                Optional.of(TENANT), Optional.of(Category.OPERATION),
                Optional.of(new Purpose.SupportTicket("SUP-1042")), T0.plusSeconds(seconds), AuditOutcome.ALLOWED);
    }

    /** The retention sweep purged TENANT, {@code seconds} after T0. */
    public static AuditDraft systemPurge(long seconds) {
        return new AuditDraft(Actor.system("retention-sweep"), new AuditAction("tenant.purge"),
                Optional.of(new AuditSubject("receipt", "6f1c3e0a-8a4b-4e9f-9d52-0c8a3c1e7b21")), Optional.of(TENANT),
                Optional.empty(), Optional.empty(), T0.plusSeconds(seconds), AuditOutcome.SUCCEEDED);
    }

    /** A refused read with a free-text reason in several scripts, at microsecond precision. */
    public static AuditDraft refusedRead(long seconds) {
        return new AuditDraft(Actor.staff(ALICE), new AuditAction("tenant-data.read"), Optional.empty(),
                Optional.of(TENANT), Optional.of(Category.SUPPORT),
                Optional.of(new Purpose.FreeText("Prüfung für Kunde — 確認 ✓")),
                T0.plusSeconds(seconds).plusNanos(123_456_000), new AuditOutcome.Refused(
                "SUPPORT_TICKET_REQUIRED: tenant is marked for deletion"));
    }
}
