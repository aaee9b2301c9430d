package io.custodian.domain.support;

import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.retention.ExpiredItems;
import io.custodian.domain.retention.ItemContent;
import io.custodian.domain.retention.OperationItems;
import io.custodian.domain.retention.StoredItem;
import io.custodian.domain.tenant.ClientKey;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract of {@link TicketSink}, run against the fake here and the jOOQ adapter there. */
public abstract class TicketSinkContract {

    protected static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final ClientKey ACME = new ClientKey("acme");
    private static final ClientKey GLOBEX = new ClientKey("globex");
    private static final ProblemReport REPORT = new ProblemReport(new ReporterEmail("jane@acme.example"),
            "Sync stopped", "Since 09:00 nothing syncs.\nLog attached.");

    /** The sink under test with the item writer and deleter of the same storage. */
    public record Desk(TicketSink sink, OperationItems items, ExpiredItems expired) {
    }

    /** An empty desk over empty item storage, in which the tenants {@code acme} and {@code globex} are installed. */
    protected abstract Desk emptyDesk();

    private static SupportTicket open(Desk desk, String id, ClientKey tenant, Instant at) {
        SupportTicket ticket = SupportTicket.open(new TicketId(id), tenant, at);
        desk.sink().open(ticket, REPORT, new Forwarding.Pending());
        return ticket;
    }

    private static List<String> ids(List<TicketView> views) {
        return views.stream().map(view -> view.id().value()).toList();
    }

    @Test
    public void an_opened_ticket_is_found_open_with_its_report_and_forwarding() {
        Desk desk = emptyDesk();
        SupportTicket ticket = open(desk, "T-1", ACME, T0);

        assertThat(desk.sink().find(ticket.id())).contains(ticket);
        assertThat(desk.sink().view(ticket.id())).contains(
                new TicketView(ticket, REPORT, new Forwarding.Pending(), Optional.empty()));
    }

    @Test
    public void keeps_the_report_text_exactly() {
        Desk desk = emptyDesk();
        ProblemReport report = new ProblemReport(new ReporterEmail("zoë.o'neil+sync@exämple.co.uk"),
                "Ça ne marche pas — 同期 \"quoted\" \\ back", "line 1\r\nline 2\t\ttabbed\n\n✓ emoji 🚀\n");
        SupportTicket ticket = SupportTicket.open(new TicketId("T-1"), ACME, T0);
        desk.sink().open(ticket, report, new Forwarding.NotForwarded());

        assertThat(desk.sink().view(ticket.id()).orElseThrow().report()).isEqualTo(report);
    }

    @Test
    public void a_resolved_ticket_keeps_its_resolution_time() {
        Desk desk = emptyDesk();
        SupportTicket ticket = open(desk, "T-1", ACME, T0);
        SupportTicket resolved = ticket.resolve(T0.plusSeconds(3600));
        desk.sink().update(resolved);

        assertThat(desk.sink().find(ticket.id())).contains(resolved);
        assertThat(desk.sink().view(ticket.id()).orElseThrow().status()).isEqualTo(TicketStatus.RESOLVED);
    }

    @Test
    public void a_ticket_id_is_opened_once_across_tenants() {
        Desk desk = emptyDesk();
        open(desk, "T-1", ACME, T0);

        assertThatThrownBy(() -> open(desk, "T-1", ACME, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> open(desk, "T-1", GLOBEX, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(desk.sink().find(new TicketId("T-1")).orElseThrow().tenant()).isEqualTo(ACME);
    }

    @Test
    public void unknown_tickets_are_not_found_and_not_created_by_update_or_forwarding() {
        Desk desk = emptyDesk();
        SupportTicket ghost = SupportTicket.open(new TicketId("T-404"), ACME, T0);
        desk.sink().update(ghost);
        desk.sink().recordForwarding(ghost.id(), new Forwarding.NotForwarded());

        assertThat(desk.sink().find(ghost.id())).isEmpty();
        assertThat(desk.sink().view(ghost.id())).isEmpty();
        assertThat(desk.sink().count(Optional.empty(), Optional.empty())).isZero();
    }

    @Test
    public void an_update_names_the_ticket_of_its_own_tenant_only() {
        Desk desk = emptyDesk();
        SupportTicket ticket = open(desk, "T-1", ACME, T0);

        desk.sink().update(SupportTicket.open(ticket.id(), GLOBEX, T0).resolve(T0.plusSeconds(5)));

        assertThat(desk.sink().find(ticket.id())).contains(ticket);
    }

    @Test
    public void the_forwarding_state_is_recorded_and_replaced() {
        Desk desk = emptyDesk();
        SupportTicket ticket = open(desk, "T-1", ACME, T0);

        desk.sink().recordForwarding(ticket.id(), new Forwarding.Failed("help desk answered HTTP 503", T0));
        assertThat(desk.sink().view(ticket.id()).orElseThrow().forwarding())
                .isEqualTo(new Forwarding.Failed("help desk answered HTTP 503", T0));

        desk.sink().recordForwarding(ticket.id(), new Forwarding.Forwarded("SD-42", T0.plusSeconds(1)));
        assertThat(desk.sink().view(ticket.id()).orElseThrow().forwarding())
                .isEqualTo(new Forwarding.Forwarded("SD-42", T0.plusSeconds(1)));

        desk.sink().recordForwarding(ticket.id(), new Forwarding.NotForwarded());
        assertThat(desk.sink().view(ticket.id()).orElseThrow().forwarding()).isEqualTo(new Forwarding.NotForwarded());
    }

    @Test
    public void the_view_reports_the_bundle_while_it_is_stored() {
        Desk desk = emptyDesk();
        SupportTicket ticket = open(desk, "T-1", ACME, T0);
        StoredItem bundle = StoredItem.child(ACME, ItemKind.SUPPORT_BUNDLE, "T-1", "T-1", T0);
        desk.items().save(bundle, new ItemContent(new byte[1234]));

        assertThat(desk.sink().view(ticket.id()).orElseThrow().bundle()).contains(new BundleInfo(1234, T0));

        desk.expired().delete(List.of(bundle.ref()));
        assertThat(desk.sink().view(ticket.id()).orElseThrow().bundle()).isEmpty();
    }

    @Test
    public void a_ticket_deleted_as_an_item_is_gone_with_its_report() {
        Desk desk = emptyDesk();
        SupportTicket ticket = open(desk, "T-1", ACME, T0);

        desk.expired().delete(List.of(ticket.asStoredItem().ref()));

        assertThat(desk.sink().find(ticket.id())).isEmpty();
        assertThat(desk.sink().view(ticket.id())).isEmpty();
        assertThat(desk.sink().list(Optional.empty(), Optional.empty(), Optional.empty(), 10)).isEmpty();
    }

    @Test
    public void the_list_is_in_opening_order_then_id_and_continues_after_a_cursor() {
        Desk desk = emptyDesk();
        open(desk, "T-c", ACME, T0.plusSeconds(10));
        open(desk, "T-b", GLOBEX, T0);
        open(desk, "T-a", ACME, T0);
        open(desk, "T-d", ACME, T0.plusSeconds(20));

        List<TicketView> all = desk.sink().list(Optional.empty(), Optional.empty(), Optional.empty(), 10);
        assertThat(ids(all)).containsExactly("T-a", "T-b", "T-c", "T-d");

        List<TicketView> first = desk.sink().list(Optional.empty(), Optional.empty(), Optional.empty(), 2);
        assertThat(ids(first)).containsExactly("T-a", "T-b");
        TicketCursor cursor = TicketCursor.after(first.getLast().ticket());
        assertThat(ids(desk.sink().list(Optional.empty(), Optional.empty(), Optional.of(cursor), 2)))
                .containsExactly("T-c", "T-d");
        assertThat(desk.sink().list(Optional.empty(), Optional.empty(),
                Optional.of(TicketCursor.after(all.getLast().ticket())), 2)).isEmpty();
    }

    @Test
    public void the_list_filters_by_state_and_tenant_and_counts_what_it_filters() {
        Desk desk = emptyDesk();
        SupportTicket first = open(desk, "T-1", ACME, T0);
        open(desk, "T-2", ACME, T0.plusSeconds(1));
        open(desk, "T-3", GLOBEX, T0.plusSeconds(2));
        desk.sink().update(first.resolve(T0.plusSeconds(60)));

        assertThat(ids(desk.sink().list(Optional.of(TicketStatus.OPEN), Optional.empty(), Optional.empty(), 10)))
                .containsExactly("T-2", "T-3");
        assertThat(ids(desk.sink().list(Optional.of(TicketStatus.RESOLVED), Optional.empty(), Optional.empty(), 10)))
                .containsExactly("T-1");
        assertThat(ids(desk.sink().list(Optional.of(TicketStatus.OPEN), Optional.of(ACME), Optional.empty(), 10)))
                .containsExactly("T-2");
        assertThat(desk.sink().count(Optional.empty(), Optional.empty())).isEqualTo(3);
        assertThat(desk.sink().count(Optional.of(TicketStatus.OPEN), Optional.empty())).isEqualTo(2);
        assertThat(desk.sink().count(Optional.empty(), Optional.of(GLOBEX))).isEqualTo(1);
    }
}
