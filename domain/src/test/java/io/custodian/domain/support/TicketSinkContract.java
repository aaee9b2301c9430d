package io.custodian.domain.support;

import io.custodian.domain.tenant.ClientKey;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract of {@link TicketSink}, run against the fake here and the jOOQ adapter there. */
public abstract class TicketSinkContract {

    protected static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final ClientKey ACME = new ClientKey("acme");

    /** An empty sink (the adapter first installs tenant {@code acme} if its schema needs it). */
    protected abstract TicketSink emptySink();

    @Test
    void an_opened_ticket_is_found_open() {
        TicketSink sink = emptySink();
        SupportTicket ticket = SupportTicket.open(new TicketId("T-1"), ACME, T0);
        sink.open(ticket);
        assertThat(sink.find(ticket.id())).contains(ticket);
    }

    @Test
    void a_resolved_ticket_keeps_its_resolution_time() {
        TicketSink sink = emptySink();
        SupportTicket ticket = SupportTicket.open(new TicketId("T-1"), ACME, T0);
        sink.open(ticket);
        SupportTicket resolved = ticket.resolve(T0.plusSeconds(3600));
        sink.update(resolved);
        assertThat(sink.find(ticket.id())).contains(resolved);
    }

    @Test
    void opening_the_same_ticket_twice_is_refused() {
        TicketSink sink = emptySink();
        SupportTicket ticket = SupportTicket.open(new TicketId("T-1"), ACME, T0);
        sink.open(ticket);
        assertThatThrownBy(() -> sink.open(ticket)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void unknown_tickets_are_not_found_and_not_created_by_update() {
        TicketSink sink = emptySink();
        SupportTicket ghost = SupportTicket.open(new TicketId("T-404"), ACME, T0);
        sink.update(ghost);
        assertThat(sink.find(ghost.id())).isEmpty();
    }
}
