package io.custodian.domain.custody;

import io.custodian.domain.access.StaffId;
import io.custodian.domain.support.TicketId;
import io.custodian.domain.support.TicketView;

/**
 * In-port: support and development staff in service resolve a ticket (the support desk records and audits the
 * resolution; resolving a resolved ticket changes nothing). A refusal is audited ({@code support-ticket.resolve},
 * outcome {@code REFUSED}).
 */
public interface ResolveQueuedTicketUseCase {

    CustodyOutcome<TicketView> resolve(StaffId staff, TicketId ticket);
}
