/**
 * Support Data: problem reports, Custodian's support desk and support-bundle downloads.
 * <ul>
 *   <li>A problem report from the add-on ({@link io.custodian.domain.support.ReportProblemUseCase}, implemented by
 *   {@link io.custodian.domain.support.ReportProblemService}) collects a support bundle — a deterministic ZIP with the
 *   tenant's Account Data (never the shared secret or a key), a bounded part of its Operation Data and its
 *   configuration documents, tagged with the data location, and the attachments (limits:
 *   {@link io.custodian.domain.support.ProblemReportPolicy}) — and opens a
 *   {@link io.custodian.domain.support.SupportTicket} on behalf of the reporting user's e-mail. The ticket is a
 *   {@code SUPPORT_TICKET} item, the bundle its {@code SUPPORT_BUNDLE} child: retention deletes both the support
 *   retention period after the ticket is resolved, at the latest at the tenant's purge. The report may also be
 *   forwarded to an external help desk ({@link io.custodian.domain.support.TicketForwarder}); its answer is recorded
 *   on the ticket ({@link io.custodian.domain.support.Forwarding}).</li>
 *   <li>Staff in-ports ({@link io.custodian.domain.support.SupportDeskService}): list, find and resolve tickets.</li>
 *   <li>Downloads ({@link io.custodian.domain.support.BundleDownloadService}): every bundle download is recorded
 *   ({@link io.custodian.domain.support.BundleDownload}, a custody record naming the tenant by pseudonym); clients
 *   learn which downloads' bundles are gone and acknowledge wiping their copies.</li>
 * </ul>
 * Out-ports: {@link io.custodian.domain.support.TicketSink}, {@link io.custodian.domain.support.BundleDownloads},
 * {@link io.custodian.domain.support.TicketForwarder}, and the retention package's item ports.
 */
package io.custodian.domain.support;
