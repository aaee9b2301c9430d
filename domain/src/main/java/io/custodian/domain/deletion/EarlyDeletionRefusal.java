package io.custodian.domain.deletion;

/** Why a step of an early deletion was refused. */
public enum EarlyDeletionRefusal {
    /** No staff account with that id. */
    UNKNOWN_STAFF,
    /** The staff member may not take this step (disabled, contract ended, wrong team or role). */
    NOT_AUTHORISED,
    /** The approver is the requester: four eyes are required. */
    SELF_APPROVAL,
    /** No installation for the client key (never installed, or already purged). */
    UNKNOWN_TENANT,
    /** The tenant's data is pinned to another location than this deployment's. */
    PINNED_ELSEWHERE,
    /** The tenant already has an open request. */
    ALREADY_REQUESTED,
    /** No request with that id. */
    UNKNOWN_REQUEST,
    /** The request is not in a state that allows this step (e.g. executing before approval, or after a cancel). */
    WRONG_STATE
}
