package io.custodian.domain.tenant;

import java.util.Optional;

/** In-port: a tenant's non-secret data for app requests (e.g. {@code GET /connect/v1/tenant}). */
public interface FindTenantUseCase {

    /** @return empty when there is no installation for the client key or it is purged */
    Optional<TenantView> find(ClientKey clientKey);
}
