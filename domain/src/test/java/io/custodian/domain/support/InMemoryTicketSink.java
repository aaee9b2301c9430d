package io.custodian.domain.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Fake {@link TicketSink}. */
public final class InMemoryTicketSink implements TicketSink {

    private final Map<TicketId, SupportTicket> tickets = new LinkedHashMap<>();

    @Override
    public synchronized void open(SupportTicket ticket) {
        if (tickets.putIfAbsent(ticket.id(), ticket) != null) {
            throw new IllegalArgumentException("ticket " + ticket.id() + " is already open");
        }
    }

    @Override
    public synchronized void update(SupportTicket ticket) {
        tickets.computeIfPresent(ticket.id(), (id, old) -> ticket);
    }

    @Override
    public synchronized Optional<SupportTicket> find(TicketId id) {
        return Optional.ofNullable(tickets.get(id));
    }

    public synchronized List<SupportTicket> all() {
        return List.copyOf(tickets.values());
    }
}
