package io.custodian.domain.location;

import java.util.Objects;

/**
 * "Data location: Roubaix, France". A tenant's data lives where the tenant was installed; a deployment
 * serves only tenants pinned to its own location, so data never moves or is processed elsewhere.
 */
public final class LocationPolicy {

    private LocationPolicy() {
    }

    /** The location a tenant is pinned to when it is installed: the installing deployment's location. */
    public static DataLocation pinAtInstall(DataLocation deploymentLocation) {
        return Objects.requireNonNull(deploymentLocation, "deploymentLocation");
    }

    /**
     * May this deployment perform any operation (read, write, re-install, purge, bundle download) on a tenant
     * pinned to {@code tenantPinnedLocation}? Only if both locations are the same.
     */
    public static LocationDecision check(DataLocation deploymentLocation, DataLocation tenantPinnedLocation) {
        Objects.requireNonNull(deploymentLocation, "deploymentLocation");
        Objects.requireNonNull(tenantPinnedLocation, "tenantPinnedLocation");
        if (deploymentLocation.equals(tenantPinnedLocation)) {
            return LocationDecision.ALLOWED;
        }
        return new LocationDecision.Refused("tenant data is pinned to " + tenantPinnedLocation
                + "; this deployment runs in " + deploymentLocation + " and must not process it");
    }
}
