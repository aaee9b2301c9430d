package io.custodian.domain.tenant;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Fake {@link TenantLicenses}; counts writes so a test can see when nothing was written. */
public final class InMemoryTenantLicenses implements TenantLicenses {

    private final Map<ClientKey, LicenseState> states = new LinkedHashMap<>();
    private int writes;

    @Override
    public synchronized Optional<LicenseState> find(ClientKey clientKey) {
        return Optional.ofNullable(states.get(clientKey));
    }

    @Override
    public synchronized void save(ClientKey clientKey, LicenseState state) {
        writes++;
        states.put(clientKey, state);
    }

    @Override
    public synchronized void delete(ClientKey clientKey) {
        states.remove(clientKey);
    }

    public synchronized int writes() {
        return writes;
    }

    public synchronized Map<ClientKey, LicenseState> all() {
        return Map.copyOf(states);
    }
}
