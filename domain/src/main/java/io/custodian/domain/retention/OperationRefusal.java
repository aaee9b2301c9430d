package io.custodian.domain.retention;

/** Why a write or removal of operation data was refused. */
public enum OperationRefusal {
    NOT_INSTALLED("no installation for this client key"),
    TENANT_NOT_ACTIVE("the tenant is disabled or marked for deletion: app requests are refused"),
    PINNED_ELSEWHERE("the tenant's data is pinned to another location"),
    PARENT_NOT_FOUND("the item's parent does not exist"),
    ITEM_NOT_FOUND("no such item");

    private final String message;

    OperationRefusal(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
