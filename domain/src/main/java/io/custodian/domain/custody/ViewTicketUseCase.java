package io.custodian.domain.custody;

import io.custodian.domain.support.TicketView;

/**
 * In-port: one ticket with its problem report (Support Data of its tenant). Authorised by the access policy (category
 * Support Data, a purpose required) and audited in the read's transaction, refusals included. An unknown ticket is
 * {@link CustodyOutcome.NotFound} only for staff who would otherwise have been allowed.
 */
public interface ViewTicketUseCase {

    CustodyOutcome<TicketView> view(TicketReadQuery query);
}
