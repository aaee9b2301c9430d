package io.custodian.domain.tenant;

/** Why a lifecycle event was refused; the web adapter maps each to a response. */
public enum LifecycleRefusal {
    /** No installation record for the client key: never installed, or already purged. */
    NOT_INSTALLED("no installation for this client key (never installed or already purged)"),
    /** The {@code installed} callback's signature was not verified by the caller. */
    INSTALL_NOT_VERIFIED("the installed callback was not verified as signed by Atlassian"),
    /** The tenant is pinned to another data location than this deployment's. */
    PINNED_ELSEWHERE("the tenant's data is pinned to another location"),
    /** {@code enabled} for a tenant marked for deletion: only a re-install brings it back. */
    REINSTALL_REQUIRED("the tenant is marked for deletion; only a re-install brings it back"),
    /**
     * {@code installed} after the purge deadline but before the sweep purged the tenant: the data must go first.
     * The next retention sweep purges it; the install is then accepted as a fresh installation.
     */
    PURGE_DUE("the purge deadline has passed; the tenant is purged by the next retention sweep, then it can be"
            + " installed afresh");

    private final String message;

    LifecycleRefusal(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
