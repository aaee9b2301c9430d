package io.custodian.domain.support;

import java.util.Optional;

/**
 * Out-port: Custodian's support desk, where problem reports open tickets. The persistence adapter keeps tickets in
 * the table registered for {@code SUPPORT_TICKET}, so the retention {@code Inventory} sees their resolution times.
 */
public interface TicketSink {

    /** Opens the ticket. Opening a ticket id that exists already is a programming error. */
    void open(SupportTicket ticket);

    /** Records the ticket's new state (e.g. resolved). Does nothing for an unknown ticket. */
    void update(SupportTicket ticket);

    Optional<SupportTicket> find(TicketId id);
}
