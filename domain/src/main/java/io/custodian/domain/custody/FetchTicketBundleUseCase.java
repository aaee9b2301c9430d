package io.custodian.domain.custody;

import io.custodian.domain.support.DownloadBundleUseCase;

/**
 * In-port: the bytes of a ticket's support bundle, for a staff member's client. Authorised like
 * {@link ViewTicketUseCase}; in the same transaction the download is recorded with its own id (so the client can be told
 * to wipe its copy when the server deletes the bundle) and audited ({@code support-bundle.download}, the download as
 * subject). {@link CustodyOutcome.NotFound} when the ticket or its bundle is gone.
 */
public interface FetchTicketBundleUseCase {

    CustodyOutcome<DownloadBundleUseCase.Downloaded> fetch(TicketReadQuery query);
}
