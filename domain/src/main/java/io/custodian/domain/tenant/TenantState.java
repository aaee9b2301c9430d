package io.custodian.domain.tenant;

/** Lifecycle states of a tenant (see the design: installed, disabled, uninstalled, purged). */
public enum TenantState {
    /** Installed and enabled: app requests are served. */
    ACTIVE,
    /** Disabled by the site admin: data kept, app requests refused. */
    DISABLED,
    /** Uninstalled: data kept until the purge deadline unless the customer re-installs. */
    MARKED_FOR_DELETION,
    /** All tenant data deleted; only the deletion receipt remains. */
    PURGED
}
