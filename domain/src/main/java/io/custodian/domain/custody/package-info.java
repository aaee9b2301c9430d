/**
 * Custody as the vendor's staff see it (the staff API and the desktop client): staff-facing queries over tenants,
 * their inventory and retention schedule, the audit log, deletion receipts, early-deletion requests and the
 * retention status. Every read of a tenant's data is authorised by the access policy and audited in the same
 * transaction as the read ({@link io.custodian.domain.custody.TenantCustodyService}); a refusal is a value, audited
 * too. Queries over custody records (audit log, receipts, requests) need a staff member in service and are not
 * audited: they hold no tenant data, only pseudonyms.
 *
 * <p>In-ports: {@link io.custodian.domain.custody.ListTenantsUseCase}, {@link io.custodian.domain.custody.ViewTenantUseCase},
 * {@link io.custodian.domain.custody.ForecastTenantUseCase}, {@link io.custodian.domain.custody.BrowseAuditLogUseCase},
 * {@link io.custodian.domain.custody.BrowseReceiptsUseCase}, {@link io.custodian.domain.custody.ListDeletionRequestsUseCase},
 * {@link io.custodian.domain.custody.ListStaffUseCase}, {@link io.custodian.domain.custody.CheckOverdueDeletionsUseCase}, and
 * the support desk for staff ({@link io.custodian.domain.custody.ListTicketQueueUseCase},
 * {@link io.custodian.domain.custody.ViewTicketUseCase}, {@link io.custodian.domain.custody.FetchTicketBundleUseCase},
 * {@link io.custodian.domain.custody.ResolveQueuedTicketUseCase}) over the support package's in-ports, which leave
 * authorisation and audit of staff reads to this package.
 * Out-ports (read models, paged with a stable order): {@link io.custodian.domain.custody.TenantCatalog},
 * {@link io.custodian.domain.custody.AuditLogSearch}, {@link io.custodian.domain.custody.ReceiptIndex},
 * {@link io.custodian.domain.custody.DeletionRequestLog}. Nothing else in the domain depends on this package.
 */
package io.custodian.domain.custody;
