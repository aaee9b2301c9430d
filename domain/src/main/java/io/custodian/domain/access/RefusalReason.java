package io.custodian.domain.access;

/** Why an access decision refused: a stable code for adapters, next to the human-readable message. */
public enum RefusalReason {
    /** No staff account with the given id or login. */
    UNKNOWN_STAFF,
    /** The account is disabled. */
    STAFF_INACTIVE,
    /** The account is not in the support or development team. */
    TEAM_NOT_AUTHORISED,
    /** The subcontractor's contract is not in force. */
    CONTRACT_EXPIRED,
    /** No purpose was stated. */
    PURPOSE_MISSING,
    /** The tenant is in its deletion grace window and the purpose is not a support-ticket reference. */
    SUPPORT_TICKET_REQUIRED,
    /** The tenant's data has been purged; only its deletion receipt remains. */
    TENANT_PURGED,
    /** The tenant is pinned to another data location. */
    LOCATION_MISMATCH,
    /** The action needs the privacy officer role. */
    ROLE_NOT_AUTHORISED,
    /** A privacy officer may not approve a deletion they requested. */
    SELF_APPROVAL,
    /** A staff member may not disable themselves or change their own contract. */
    SELF_MANAGEMENT,
    /** Another staff account already uses that login name. */
    LOGIN_TAKEN,
    /** A contract can be set only on a subcontractor. */
    NOT_A_SUBCONTRACTOR
}
