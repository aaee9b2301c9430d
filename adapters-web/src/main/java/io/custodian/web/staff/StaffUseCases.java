package io.custodian.web.staff;

import java.util.Objects;

import io.custodian.domain.access.ManageStaffUseCase;
import io.custodian.domain.audit.VerifyAuditChainUseCase;
import io.custodian.domain.custody.BrowseAuditLogUseCase;
import io.custodian.domain.custody.BrowseReceiptsUseCase;
import io.custodian.domain.custody.CheckOverdueDeletionsUseCase;
import io.custodian.domain.custody.ForecastTenantUseCase;
import io.custodian.domain.custody.ListDeletionRequestsUseCase;
import io.custodian.domain.custody.ListStaffUseCase;
import io.custodian.domain.custody.ListTenantsUseCase;
import io.custodian.domain.custody.ViewTenantUseCase;
import io.custodian.domain.deletion.ApproveEarlyDeletionUseCase;
import io.custodian.domain.deletion.CancelEarlyDeletionUseCase;
import io.custodian.domain.deletion.ExecuteEarlyDeletionUseCase;
import io.custodian.domain.deletion.RequestEarlyDeletionUseCase;

/** The domain in-ports (and the identity adapters) the staff API calls; the server wires them. */
public record StaffUseCases(
        StaffAuthenticator authenticator,
        StaffSessions sessions,
        ListTenantsUseCase listTenants,
        ViewTenantUseCase viewTenant,
        ForecastTenantUseCase forecastTenant,
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
        Objects.requireNonNull(authenticator, "authenticator");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(listTenants, "listTenants");
        Objects.requireNonNull(viewTenant, "viewTenant");
        Objects.requireNonNull(forecastTenant, "forecastTenant");
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
