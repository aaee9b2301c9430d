package io.custodian.domain.tenant;

import java.util.Optional;

/**
 * Out-port: the last reported {@link LicenseState} of each tenant, at most one per client key. This is the Operation
 * Data kind {@code LICENSE_INFORMATION} ("replaced on refresh"): the persistence adapter reports each row to the
 * retention {@code Inventory} as an item of that kind (item id {@code license}), so the tenant purge deletes it with
 * everything else.
 */
public interface TenantLicenses {

    Optional<LicenseState> find(ClientKey clientKey);

    /** Inserts or replaces the tenant's license state. */
    void save(ClientKey clientKey, LicenseState state);

    /** Forgets the tenant's license state. Does nothing if there is none. */
    void delete(ClientKey clientKey);
}
