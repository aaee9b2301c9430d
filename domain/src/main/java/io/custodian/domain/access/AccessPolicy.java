package io.custodian.domain.access;

import io.custodian.domain.datamap.Category;

import java.time.Instant;
import java.util.Objects;

/**
 * "Only authorized employees and subcontractors from our support and development teams have access to
 * Customer Data." The rules, as pure functions of their inputs; the instant is always passed in.
 *
 * <p>Reading tenant data, in the order the rules are checked:
 * <ol>
 *   <li>the account is active ({@link RefusalReason#STAFF_INACTIVE});</li>
 *   <li>a subcontractor's contract is in force at that instant, in UTC ({@link RefusalReason#CONTRACT_EXPIRED});</li>
 *   <li>the account is in the support or development team ({@link RefusalReason#TEAM_NOT_AUTHORISED}) —
 *       whatever its role: a privacy officer reads under the same rule;</li>
 *   <li>a purpose is stated ({@link RefusalReason#PURPOSE_MISSING});</li>
 *   <li>the tenant is not purged ({@link RefusalReason#TENANT_PURGED}), and while it is marked for deletion
 *       only a support-ticket reference is accepted as purpose ({@link RefusalReason#SUPPORT_TICKET_REQUIRED}).</li>
 * </ol>
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    /**
     * May {@code staff} read data of {@code category} of {@code tenant} for {@code purpose} at {@code at}?
     *
     * @param purpose the stated purpose; {@code null} when none was stated, which is refused
     */
    public static Decision mayRead(StaffMember staff, TenantStatus tenant, Category category, Purpose purpose,
            Instant at) {
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(at, "at");
        Decision inService = inService(staff, at);
        if (!inService.isAllowed()) {
            return inService;
        }
        if (!staff.team().mayAccessCustomerData()) {
            return Decision.refused(RefusalReason.TEAM_NOT_AUTHORISED, "staff member " + staff.id()
                    + " is in team " + staff.team() + "; only the support and development teams access "
                    + category.displayName());
        }
        if (purpose == null) {
            return Decision.refused(RefusalReason.PURPOSE_MISSING,
                    "a purpose (support-ticket reference or reason) is required to read tenant data");
        }
        return switch (tenant.state()) {
            case ACTIVE, DISABLED -> Decision.ALLOWED;
            case MARKED_FOR_DELETION -> switch (purpose) {
                case Purpose.SupportTicket ticket -> Decision.ALLOWED;
                case Purpose.FreeText reason -> Decision.refused(RefusalReason.SUPPORT_TICKET_REQUIRED,
                        "tenant is marked for deletion: its data may be read only for a support ticket");
            };
            case PURGED -> Decision.refused(RefusalReason.TENANT_PURGED,
                    "tenant data has been purged; only its deletion receipt remains");
        };
    }

    /**
     * May {@code approver} approve a deletion requested by {@code requester} at {@code at}? Only a privacy officer
     * in service, and never the requester themselves (four eyes).
     */
    public static Decision mayApproveDeletion(StaffMember approver, StaffId requester, Instant at) {
        Objects.requireNonNull(approver, "approver");
        Objects.requireNonNull(requester, "requester");
        Decision privacyOfficer = privacyOfficerInService(approver, at, "approve deletions");
        if (!privacyOfficer.isAllowed()) {
            return privacyOfficer;
        }
        if (approver.id().equals(requester)) {
            return Decision.refused(RefusalReason.SELF_APPROVAL,
                    "a deletion must be approved by a privacy officer other than its requester");
        }
        return Decision.ALLOWED;
    }

    /** May {@code actor} add, disable or change staff accounts at {@code at}? Only a privacy officer in service. */
    public static Decision mayManageStaff(StaffMember actor, Instant at) {
        Objects.requireNonNull(actor, "actor");
        return privacyOfficerInService(actor, at, "manage staff accounts");
    }

    private static Decision privacyOfficerInService(StaffMember staff, Instant at, String what) {
        Objects.requireNonNull(at, "at");
        Decision inService = inService(staff, at);
        if (!inService.isAllowed()) {
            return inService;
        }
        return switch (staff.role()) {
            case PRIVACY_OFFICER -> Decision.ALLOWED;
            case SUPPORT_ENGINEER, DEVELOPER -> Decision.refused(RefusalReason.ROLE_NOT_AUTHORISED,
                    "only a privacy officer may " + what + "; staff member " + staff.id() + " is a "
                            + staff.role());
        };
    }

    private static Decision inService(StaffMember staff, Instant at) {
        if (!staff.active()) {
            return Decision.refused(RefusalReason.STAFF_INACTIVE,
                    "staff member " + staff.id() + " is disabled");
        }
        return switch (staff.affiliation()) {
            case Affiliation.Employee employee -> Decision.ALLOWED;
            case Affiliation.Subcontractor subcontractor -> subcontractor.isValidAt(at)
                    ? Decision.ALLOWED
                    : Decision.refused(RefusalReason.CONTRACT_EXPIRED, "the contract of subcontractor "
                            + staff.id() + " ended on " + subcontractor.contractValidUntil());
        };
    }
}
