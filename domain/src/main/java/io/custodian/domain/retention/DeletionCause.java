package io.custodian.domain.retention;

/** Which rule deleted (or will delete) an item. */
public enum DeletionCause {
    /** The tenant's purge deadline (uninstall plus grace) passed. */
    PURGE_DEADLINE("the tenant's purge deadline passed"),
    /** An approved early-deletion request was executed. */
    EARLY_DELETION("an approved early-deletion request was executed"),
    /** The item belongs to no installed tenant. */
    NO_INSTALLATION("the item belongs to no installed tenant"),
    /** Not written for the operation max-idle time. */
    MAX_IDLE("not written for the operation max-idle time"),
    /** A newer version replaced it (issue version copies beyond the latest two, an old license). */
    SUPERSEDED("superseded by newer versions"),
    /** Its parent (relation, twin, ticket) was deleted. */
    PARENT_DELETED("its parent was deleted"),
    /** The customer removed it. */
    REMOVED_BY_CUSTOMER("removed by the customer"),
    /** The session retention period passed since it was written. */
    SESSION_PERIOD_ELAPSED("the session retention period passed"),
    /** The support retention period passed since its ticket was resolved. */
    SUPPORT_PERIOD_ELAPSED("the support retention period passed since the ticket was resolved");

    private final String description;

    DeletionCause(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
