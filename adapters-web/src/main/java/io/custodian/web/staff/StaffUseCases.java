package io.custodian.web.staff;

import java.util.Objects;

import io.custodian.domain.access.ManageStaffUseCase;
import io.custodian.domain.audit.VerifyAuditChainUseCase;
import io.custodian.domain.custody.BrowseAuditLogUseCase;
import io.custodian.domain.custody.BrowseReceiptsUseCase;
import io.custodian.domain.custody.CheckOverdueDeletionsUseCase;
import io.custodian.domain.custody.FetchTicketBundleUseCase;
import io.custodian.domain.custody.ForecastTenantUseCase;
import io.custodian.domain.custody.ListDeletionRequestsUseCase;
import io.custodian.domain.custody.ListStaffUseCase;
import io.custodian.domain.custody.ListTenantsUseCase;
import io.custodian.domain.custody.ListTicketQueueUseCase;
import io.custodian.domain.custody.ResolveQueuedTicketUseCase;
import io.custodian.domain.custody.ViewTenantUseCase;
import io.custodian.domain.custody.ViewTicketUseCase;
import io.custodian.domain.deletion.ApproveEarlyDeletionUseCase;
import io.custodian.domain.deletion.CancelEarlyDeletionUseCase;
import io.custodian.domain.deletion.ExecuteEarlyDeletionUseCase;
import io.custodian.domain.deletion.RequestEarlyDeletionUseCase;
import io.custodian.domain.identity.AuthenticateStaffUseCase;
import io.custodian.domain.identity.LoginUseCase;
import io.custodian.domain.identity.LogoutUseCase;
import io.custodian.domain.identity.SetPasswordUseCase;
import io.custodian.domain.support.AcknowledgeWipeUseCase;
import io.custodian.domain.support.PurgedDownloadsUseCase;

/** The domain in-ports the staff API calls; the server wires them. */
public record StaffUseCases(
        LoginUseCase login,
        LogoutUseCase logout,
        AuthenticateStaffUseCase authenticate,
        SetPasswordUseCase setPassword,
        ListTenantsUseCase listTenants,
        ViewTenantUseCase viewTenant,
        ForecastTenantUseCase forecastTenant,
        ListTicketQueueUseCase ticketQueue,
        ViewTicketUseCase viewTicket,
        ResolveQueuedTicketUseCase resolveTicket,
        FetchTicketBundleUseCase fetchBundle,
        PurgedDownloadsUseCase purgedDownloads,
        AcknowledgeWipeUseCase acknowledgeWipe,
        RequestEarlyDeletionUseCase requestDeletion,
        ListDeletionRequestsUseCase listDeletionRequests,
        ApproveEarlyDeletionUseCase approveDeletion,
        ExecuteEarlyDeletionUseCase executeDeletion,
        CancelEarlyDeletionUseCase cancelDeletion,
        BrowseReceiptsUseCase receipts,
        BrowseAuditLogUseCase auditLog,
        VerifyAuditChainUseCase verifyAuditChain,
        CheckOverdueDeletionsUseCase overdueDeletions,
        ListStaffUseCase listStaff,
        ManageStaffUseCase manageStaff) {

    public StaffUseCases {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(logout, "logout");
        Objects.requireNonNull(authenticate, "authenticate");
        Objects.requireNonNull(setPassword, "setPassword");
        Objects.requireNonNull(listTenants, "listTenants");
        Objects.requireNonNull(viewTenant, "viewTenant");
        Objects.requireNonNull(forecastTenant, "forecastTenant");
        Objects.requireNonNull(ticketQueue, "ticketQueue");
        Objects.requireNonNull(viewTicket, "viewTicket");
        Objects.requireNonNull(resolveTicket, "resolveTicket");
        Objects.requireNonNull(fetchBundle, "fetchBundle");
        Objects.requireNonNull(purgedDownloads, "purgedDownloads");
        Objects.requireNonNull(acknowledgeWipe, "acknowledgeWipe");
        Objects.requireNonNull(requestDeletion, "requestDeletion");
        Objects.requireNonNull(listDeletionRequests, "listDeletionRequests");
        Objects.requireNonNull(approveDeletion, "approveDeletion");
        Objects.requireNonNull(executeDeletion, "executeDeletion");
        Objects.requireNonNull(cancelDeletion, "cancelDeletion");
        Objects.requireNonNull(receipts, "receipts");
        Objects.requireNonNull(auditLog, "auditLog");
        Objects.requireNonNull(verifyAuditChain, "verifyAuditChain");
        Objects.requireNonNull(overdueDeletions, "overdueDeletions");
        Objects.requireNonNull(listStaff, "listStaff");
        Objects.requireNonNull(manageStaff, "manageStaff");
    }
}
