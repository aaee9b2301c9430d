package io.custodian.domain.identity;

/** Why a change to a staff account's identity was refused: a stable code next to the message. */
public enum AccountRefusal {
    /** The actor may not make this change (only a privacy officer in service, or the operator). */
    NOT_AUTHORISED,
    /** A staff member may not set their own password this way. */
    SELF_MANAGEMENT,
    /** No staff account with that id or login name. */
    UNKNOWN_STAFF,
    /** Another staff account already uses that login name. */
    LOGIN_TAKEN,
    /** The new password does not satisfy the {@link PasswordPolicy}. */
    WEAK_PASSWORD,
    /** The account's details are not valid (e.g. a blank or over-long display name). */
    INVALID_DETAILS,
    /** A contract can be set only on a subcontractor. */
    NOT_A_SUBCONTRACTOR
}
