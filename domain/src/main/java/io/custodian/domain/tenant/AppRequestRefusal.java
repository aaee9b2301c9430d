package io.custodian.domain.tenant;

/** Why an authentic app request from a known tenant is not served; the web adapter maps each to a response. */
public enum AppRequestRefusal {
    /** Disabled by the site admin: data kept, app requests refused until {@code enabled}. */
    TENANT_DISABLED("the app is disabled for this site"),
    /** Uninstalled: the tenant is marked for deletion; only a re-install brings it back. */
    TENANT_UNINSTALLED("the app is uninstalled from this site; its data is marked for deletion"),
    /** The tenant's data is pinned to another location than this deployment's. */
    PINNED_ELSEWHERE("the tenant's data is pinned to another location");

    private final String message;

    AppRequestRefusal(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
