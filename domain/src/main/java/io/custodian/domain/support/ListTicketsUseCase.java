package io.custodian.domain.support;

/**
 * In-port: the support desk's ticket queue, filtered by state (and tenant), in pages of a stable order (oldest opened
 * first). A staff read: the staff API authorises and audits it, this use case does not.
 */
public interface ListTicketsUseCase {

    TicketPage list(ListTicketsQuery query);
}
