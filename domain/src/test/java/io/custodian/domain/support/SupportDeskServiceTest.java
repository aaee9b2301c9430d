package io.custodian.domain.support;

import io.custodian.domain.access.Purpose;
import io.custodian.domain.audit.Actor;
import io.custodian.domain.audit.AuditEntry;
import io.custodian.domain.audit.AuditOutcome;
import io.custodian.domain.audit.AuditSubject;
import io.custodian.domain.datamap.Category;
import io.custodian.domain.tenant.ClientKey;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static io.custodian.domain.support.SupportFixture.ALICE;
import static io.custodian.domain.support.SupportFixture.BOB;
import static org.assertj.core.api.Assertions.assertThat;

class SupportDeskServiceTest {

    private final SupportFixture support = new SupportFixture();

    @Test
    void resolving_records_the_clock_time_and_an_audit_entry_of_the_staff_member() {
        support.custody.install("acme");
        TicketId ticket = support.reportOk("acme").ticket();
        support.custody.clock.advance(Duration.ofHours(2));

        var outcome = support.desk.resolve(new ResolveTicketCommand(ticket, ALICE));

        assertThat(outcome).isInstanceOfSatisfying(ResolveTicketUseCase.Resolved.class, resolved -> {
            assertThat(resolved.ticket().status()).isEqualTo(TicketStatus.RESOLVED);
            assertThat(resolved.ticket().ticket().resolvedAt()).contains(support.custody.clock.instant());
            assertThat(resolved.ticket().report()).isEqualTo(SupportFixture.report("Sync stopped"));
        });
        assertThat(support.tickets.find(ticket).orElseThrow().resolvedAt()).contains(support.custody.clock.instant());
        AuditEntry entry = support.audit().getLast();
        assertThat(entry.content().actor()).isEqualTo(Actor.staff(ALICE));
        assertThat(entry.content().action()).isEqualTo(SupportDeskService.RESOLVE);
        assertThat(entry.content().subject()).contains(new AuditSubject("ticket", ticket.value()));
        assertThat(entry.content().tenant()).contains(SupportFixture.PSEUDONYMISER.pseudonymise(new ClientKey("acme")));
        assertThat(entry.content().category()).contains(Category.SUPPORT);
        assertThat(entry.content().purpose()).contains(new Purpose.SupportTicket(ticket.value()));
        assertThat(entry.content().outcome()).isEqualTo(AuditOutcome.SUCCEEDED);
    }

    @Test
    void resolving_twice_changes_nothing_and_records_nothing() {
        support.custody.install("acme");
        TicketId ticket = support.reportOk("acme").ticket();
        support.desk.resolve(new ResolveTicketCommand(ticket, ALICE));
        SupportTicket first = support.tickets.find(ticket).orElseThrow();
        int entries = support.audit().size();
        support.custody.clock.advance(Duration.ofDays(1));

        var again = support.desk.resolve(new ResolveTicketCommand(ticket, BOB));

        assertThat(again).isInstanceOfSatisfying(ResolveTicketUseCase.AlreadyResolved.class, resolved ->
                assertThat(resolved.ticket().ticket()).isEqualTo(first));
        assertThat(support.tickets.find(ticket)).contains(first);
        assertThat(support.audit()).hasSize(entries);
    }

    @Test
    void an_unknown_ticket_is_not_found_and_nothing_is_recorded() {
        assertThat(support.desk.resolve(new ResolveTicketCommand(new TicketId("T-404"), ALICE)))
                .isEqualTo(new ResolveTicketUseCase.NotFound());
        assertThat(support.desk.find(new TicketId("T-404"))).isEmpty();
        assertThat(support.audit()).isEmpty();
    }

    @Test
    void a_resolved_ticket_and_its_bundle_go_the_support_retention_after_the_resolution_and_not_before() {
        support.custody.install("acme");
        TicketId ticket = support.reportOk("acme").ticket();
        support.desk.resolve(new ResolveTicketCommand(ticket, ALICE));
        Duration retention = support.custody.settings.supportRetentionAfterResolved();

        support.custody.clock.advance(retention.minusSeconds(1));
        support.custody.sweep();
        assertThat(support.desk.find(ticket)).isPresent();

        support.custody.clock.advance(Duration.ofSeconds(1));
        support.custody.sweep();
        assertThat(support.desk.find(ticket)).isEmpty();
        assertThat(support.custody.items.find(SupportBundles.ref(new ClientKey("acme"), ticket))).isEmpty();
    }

    @Test
    void the_queue_is_listed_oldest_first_in_pages_with_a_total_and_filtered_by_state() {
        support.custody.install("acme");
        support.custody.install("globex");
        for (String tenant : new String[]{"acme", "globex", "acme", "acme", "globex"}) {
            support.reportOk(tenant);
            support.custody.clock.advance(Duration.ofMinutes(1));
        }
        support.desk.resolve(new ResolveTicketCommand(new TicketId("T-3"), ALICE));

        TicketPage first = support.desk.list(new ListTicketsQuery(Optional.empty(), Optional.empty(),
                Optional.empty(), 2));
        TicketPage second = support.desk.list(new ListTicketsQuery(Optional.empty(), Optional.empty(),
                first.next(), 2));
        TicketPage last = support.desk.list(new ListTicketsQuery(Optional.empty(), Optional.empty(),
                second.next(), 2));

        assertThat(first.tickets()).extracting(view -> view.id().value()).containsExactly("T-1", "T-2");
        assertThat(second.tickets()).extracting(view -> view.id().value()).containsExactly("T-3", "T-4");
        assertThat(last.tickets()).extracting(view -> view.id().value()).containsExactly("T-5");
        assertThat(last.next()).isEmpty();
        assertThat(first.total()).isEqualTo(5);
        TicketPage open = support.desk.list(new ListTicketsQuery(Optional.of(TicketStatus.OPEN),
                Optional.of(new ClientKey("acme")), Optional.empty(), 10));
        assertThat(open.tickets()).extracting(view -> view.id().value()).containsExactly("T-1", "T-4");
        assertThat(open.total()).isEqualTo(2);
        assertThat(support.audit()).hasSize(1); // the resolution; reads are audited by the staff API
    }
}
