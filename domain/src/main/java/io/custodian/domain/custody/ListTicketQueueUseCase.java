package io.custodian.domain.custody;

import io.custodian.domain.support.TicketView;

/**
 * In-port: the ticket queue (oldest opened first), for support and development staff in service; every listing,
 * allowed or refused, is audited ({@code support-ticket.list}). The views carry the problem reports: an adapter that
 * lists tickets without a stated purpose shows only their metadata, and reads a report through {@link ViewTicketUseCase}.
 */
public interface ListTicketQueueUseCase {

    CustodyOutcome<Page<TicketView>> list(ListTicketQueueQuery query);
}
