package io.custodian.domain.appdata;

/** Why an app request's use of the tenant's data was refused before anything was read or written. */
public enum AppDataRefusal {
    NOT_INSTALLED("no installation for this client key"),
    TENANT_NOT_ACTIVE("the tenant is disabled or marked for deletion: app requests are refused"),
    PINNED_ELSEWHERE("the tenant's data is pinned to another location");

    private final String message;

    AppDataRefusal(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
