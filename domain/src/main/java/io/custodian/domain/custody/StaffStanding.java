package io.custodian.domain.custody;

import io.custodian.domain.access.Affiliation;
import io.custodian.domain.access.Decision;
import io.custodian.domain.access.Purpose;
import io.custodian.domain.access.RefusalReason;
import io.custodian.domain.access.StaffDirectory;
import io.custodian.domain.access.StaffId;
import io.custodian.domain.access.StaffMember;

import java.time.Instant;
import java.util.Optional;

/**
 * The checks every staff query starts with, with the access policy's refusal reasons: the account exists, is
 * active and (for a subcontractor) under a contract in force; and, to list tenants, is in a team that may access
 * Customer Data.
 */
final class StaffStanding {

    private StaffStanding() {
    }

    /** Allowed when {@code id} names an active account in service at {@code at}. */
    static Decision inService(StaffDirectory directory, StaffId id, Instant at) {
        return inService(directory.findById(id), id, at);
    }

    static Decision inService(Optional<StaffMember> member, StaffId id, Instant at) {
        if (member.isEmpty()) {
            return Decision.refused(RefusalReason.UNKNOWN_STAFF, "no staff account " + id);
        }
        StaffMember staff = member.get();
        if (!staff.active()) {
            return Decision.refused(RefusalReason.STAFF_INACTIVE, "staff member " + id + " is disabled");
        }
        return switch (staff.affiliation()) {
            case Affiliation.Employee employee -> Decision.ALLOWED;
            case Affiliation.Subcontractor subcontractor -> subcontractor.isValidAt(at)
                    ? Decision.ALLOWED
                    : Decision.refused(RefusalReason.CONTRACT_EXPIRED, "the contract of subcontractor " + id
                            + " ended on " + subcontractor.contractValidUntil());
        };
    }

    /**
     * The rules of a read of Support Data that need no tenant: in service, in the support or development team, a
     * purpose stated (checked for a ticket that is not found, so that refused staff learn nothing about which exist).
     */
    static Decision mayReadSupportData(StaffDirectory directory, StaffId id, Optional<Purpose> purpose, Instant at) {
        Decision staff = mayBrowseTenants(directory, id, at);
        if (!staff.isAllowed() || purpose.isPresent()) {
            return staff;
        }
        return Decision.refused(RefusalReason.PURPOSE_MISSING,
                "a purpose (support-ticket reference or reason) is required to read tenant data");
    }

    /** In service, and in the support or development team: the staff who may see which tenants exist. */
    static Decision mayBrowseTenants(StaffDirectory directory, StaffId id, Instant at) {
        Optional<StaffMember> member = directory.findById(id);
        Decision inService = inService(member, id, at);
        if (!inService.isAllowed()) {
            return inService;
        }
        StaffMember staff = member.orElseThrow();
        return staff.team().mayAccessCustomerData()
                ? Decision.ALLOWED
                : Decision.refused(RefusalReason.TEAM_NOT_AUTHORISED, "staff member " + id + " is in team "
                        + staff.team() + "; only the support and development teams see the tenants");
    }
}
