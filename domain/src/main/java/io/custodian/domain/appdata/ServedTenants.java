package io.custodian.domain.appdata;

import io.custodian.domain.location.DataLocation;
import io.custodian.domain.location.LocationDecision;
import io.custodian.domain.location.LocationPolicy;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.InstallationRecord;
import io.custodian.domain.tenant.TenantStore;

import java.util.Objects;
import java.util.Optional;

/**
 * Which tenants app data use cases serve: installed, ACTIVE and pinned to this deployment's location. Shared with the
 * other app requests (e.g. the support package's problem reports).
 */
public final class ServedTenants {

    private final TenantStore tenants;
    private final DataLocation deploymentLocation;

    public ServedTenants(TenantStore tenants, DataLocation deploymentLocation) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.deploymentLocation = Objects.requireNonNull(deploymentLocation, "deploymentLocation");
    }

    /** Why the tenant is not served, or empty when it is. */
    public Optional<AppDataRefusal> refusal(ClientKey tenant) {
        Optional<InstallationRecord> record = tenants.find(tenant);
        if (record.isEmpty()) {
            return Optional.of(AppDataRefusal.NOT_INSTALLED);
        }
        if (LocationPolicy.check(deploymentLocation, record.get().location()) instanceof LocationDecision.Refused) {
            return Optional.of(AppDataRefusal.PINNED_ELSEWHERE);
        }
        if (!record.get().servesAppRequests()) {
            return Optional.of(AppDataRefusal.TENANT_NOT_ACTIVE);
        }
        return Optional.empty();
    }
}
