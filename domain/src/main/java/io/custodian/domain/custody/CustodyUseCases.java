package io.custodian.domain.custody;

import io.custodian.domain.access.ManageStaffUseCase;
import io.custodian.domain.audit.VerifyAuditChainUseCase;
import io.custodian.domain.deletion.ApproveEarlyDeletionUseCase;
import io.custodian.domain.deletion.CancelEarlyDeletionUseCase;
import io.custodian.domain.deletion.ExecuteEarlyDeletionUseCase;
import io.custodian.domain.deletion.RequestEarlyDeletionUseCase;

import java.util.Objects;

/**
 * The staff-facing in-ports, as the server wires them, for the adapter that needs them all (the staff API): this
 * package's queries (the support desk for staff included), and the access, deletion and audit in-ports staff act
 * through. Identity's in-ports, and the support desk's for bundle downloads, are wired beside it.
 */
public record CustodyUseCases(
        ListTenantsUseCase listTenants,
        ViewTenantUseCase viewTenant,
        ForecastTenantUseCase forecastTenant,
        BrowseAuditLogUseCase auditLog,
        VerifyAuditChainUseCase verifyAuditChain,
        BrowseReceiptsUseCase receipts,
        ListDeletionRequestsUseCase listDeletionRequests,
        RequestEarlyDeletionUseCase requestDeletion,
        ApproveEarlyDeletionUseCase approveDeletion,
        ExecuteEarlyDeletionUseCase executeDeletion,
        CancelEarlyDeletionUseCase cancelDeletion,
        ListStaffUseCase listStaff,
        ManageStaffUseCase manageStaff,
        CheckOverdueDeletionsUseCase overdueDeletions,
        ListTicketQueueUseCase ticketQueue,
        ViewTicketUseCase viewTicket,
        FetchTicketBundleUseCase fetchBundle,
        ResolveQueuedTicketUseCase resolveTicket) {

    public CustodyUseCases {
        Objects.requireNonNull(listTenants, "listTenants");
        Objects.requireNonNull(viewTenant, "viewTenant");
        Objects.requireNonNull(forecastTenant, "forecastTenant");
        Objects.requireNonNull(auditLog, "auditLog");
        Objects.requireNonNull(verifyAuditChain, "verifyAuditChain");
        Objects.requireNonNull(receipts, "receipts");
        Objects.requireNonNull(listDeletionRequests, "listDeletionRequests");
        Objects.requireNonNull(requestDeletion, "requestDeletion");
        Objects.requireNonNull(approveDeletion, "approveDeletion");
        Objects.requireNonNull(executeDeletion, "executeDeletion");
        Objects.requireNonNull(cancelDeletion, "cancelDeletion");
        Objects.requireNonNull(listStaff, "listStaff");
        Objects.requireNonNull(manageStaff, "manageStaff");
        Objects.requireNonNull(overdueDeletions, "overdueDeletions");
        Objects.requireNonNull(ticketQueue, "ticketQueue");
        Objects.requireNonNull(viewTicket, "viewTicket");
        Objects.requireNonNull(fetchBundle, "fetchBundle");
        Objects.requireNonNull(resolveTicket, "resolveTicket");
    }
}
