package io.custodian.domain.custody;

import io.custodian.domain.access.Purpose;
import io.custodian.domain.access.StaffId;
import io.custodian.domain.audit.Actor;
import io.custodian.domain.audit.AuditAction;
import io.custodian.domain.audit.AuditDraft;
import io.custodian.domain.audit.AuditEntry;
import io.custodian.domain.audit.AuditOutcome;
import io.custodian.domain.audit.AuditTrail;
import io.custodian.domain.datamap.Category;
import io.custodian.domain.receipt.TenantPseudonym;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract of {@link AuditLogSearch}, run against the fake here and the jOOQ adapter there. */
public abstract class AuditLogSearchContract {

    protected static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final TenantPseudonym ACME = new TenantPseudonym("a".repeat(64));
    private static final TenantPseudonym GLOBEX = new TenantPseudonym("b".repeat(64));
    private static final StaffId ALICE = new StaffId(UUID.fromString("00000000-0000-0000-0000-00000000a11c"));
    private static final StaffId BOB = new StaffId(UUID.fromString("00000000-0000-0000-0000-000000000b0b"));

    /** An empty trail and the search reading it. */
    protected abstract AuditTrail trail();

    protected abstract AuditLogSearch search();

    private AuditEntry append(Actor actor, Optional<TenantPseudonym> tenant, int second) {
        return trail().append(new AuditDraft(actor, new AuditAction("tenant-data.read"), Optional.empty(), tenant,
                tenant.map(t -> Category.ACCOUNT), tenant.map(t -> new Purpose.SupportTicket("SUP-1")),
                T0.plusSeconds(second), AuditOutcome.ALLOWED));
    }

    private List<AuditEntry> seed() {
        List<AuditEntry> entries = new ArrayList<>();
        entries.add(append(Actor.staff(ALICE), Optional.of(ACME), 1));
        entries.add(append(Actor.staff(BOB), Optional.of(ACME), 2));
        entries.add(append(Actor.system("retention-sweep"), Optional.of(GLOBEX), 3));
        entries.add(append(Actor.staff(ALICE), Optional.of(GLOBEX), 4));
        entries.add(append(Actor.staff(ALICE), Optional.empty(), 5));
        return entries;
    }

    @Test
    void lists_every_entry_in_chain_order_as_appended() {
        List<AuditEntry> entries = seed();

        Page<AuditEntry> page = search().page(AuditLogFilter.ALL, PageRequest.first(10));

        assertThat(page.items()).containsExactlyElementsOf(entries);
        assertThat(page.total()).isEqualTo(5);
    }

    @Test
    void pages_in_chain_order() {
        List<AuditEntry> entries = seed();

        Page<AuditEntry> second = search().page(AuditLogFilter.ALL, new PageRequest(1, 2));

        assertThat(second.items()).containsExactly(entries.get(2), entries.get(3));
        assertThat(second.hasNext()).isTrue();
    }

    @Test
    void filters_by_tenant_pseudonym() {
        List<AuditEntry> entries = seed();

        Page<AuditEntry> acme = search().page(new AuditLogFilter(Optional.of(ACME), Optional.empty()),
                PageRequest.first(10));

        assertThat(acme.items()).containsExactly(entries.get(0), entries.get(1));
        assertThat(acme.total()).isEqualTo(2);
    }

    @Test
    void filters_by_staff_actor_and_by_both() {
        List<AuditEntry> entries = seed();

        Page<AuditEntry> alice = search().page(new AuditLogFilter(Optional.empty(), Optional.of(ALICE)),
                PageRequest.first(10));
        Page<AuditEntry> aliceOnGlobex = search().page(new AuditLogFilter(Optional.of(GLOBEX), Optional.of(ALICE)),
                PageRequest.first(10));

        assertThat(alice.items()).containsExactly(entries.get(0), entries.get(3), entries.get(4));
        assertThat(aliceOnGlobex.items()).containsExactly(entries.get(3));
    }

    @Test
    void an_empty_log_has_an_empty_first_page() {
        Page<AuditEntry> page = search().page(AuditLogFilter.ALL, PageRequest.first(10));

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isZero();
    }
}
