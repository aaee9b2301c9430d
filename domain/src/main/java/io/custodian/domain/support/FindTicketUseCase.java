package io.custodian.domain.support;

import java.util.Optional;

/**
 * In-port: one ticket with its report, forwarding and bundle size. A staff read: the staff API authorises and audits
 * it, this use case does not.
 *
 * @see TicketView
 */
public interface FindTicketUseCase {

    /** @return empty when no such ticket is stored (never opened, or deleted by retention or a purge) */
    Optional<TicketView> find(TicketId id);
}
