package io.custodian.domain.support;

import io.custodian.domain.tenant.ClientKey;

import java.util.List;
import java.util.Optional;

/**
 * Out-port: Custodian's support desk, where problem reports open tickets. The persistence adapter keeps tickets in
 * the table registered for {@code SUPPORT_TICKET}, so the retention {@code Inventory} sees their resolution times and
 * a ticket (with its report) is gone when retention deletes the item. A ticket's support bundle is its
 * {@code SUPPORT_BUNDLE} child item, written through {@code OperationItems}; the views here report its size.
 * Ticket ids are unique across tenants. Joins the caller's transaction.
 */
public interface TicketSink {

    /** The largest {@code limit} of {@link #list}: a page of {@link ListTicketsQuery#MAX_LIMIT} and one more. */
    int MAX_LIST_LIMIT = ListTicketsQuery.MAX_LIMIT + 1;

    /**
     * Opens the ticket with its report and initial forwarding state.
     *
     * @throws IllegalArgumentException if a ticket with this id exists already, for any tenant
     */
    void open(SupportTicket ticket, ProblemReport report, Forwarding forwarding);

    /** Records the ticket's new state (e.g. resolved). Does nothing for an unknown ticket of that tenant. */
    void update(SupportTicket ticket);

    /** Records where the ticket stands with the external help desk. Does nothing for an unknown ticket. */
    void recordForwarding(TicketId id, Forwarding forwarding);

    Optional<SupportTicket> find(TicketId id);

    /** The ticket with its report, forwarding and bundle size. */
    Optional<TicketView> view(TicketId id);

    /**
     * Tickets in the desk's order (opened at, then id, ascending), after {@code after}, at most {@code limit}.
     *
     * @param limit 1 to {@link #MAX_LIST_LIMIT}
     */
    List<TicketView> list(Optional<TicketStatus> status, Optional<ClientKey> tenant, Optional<TicketCursor> after,
                          int limit);

    /** How many tickets match the filter. */
    long count(Optional<TicketStatus> status, Optional<ClientKey> tenant);
}
