package io.custodian.domain.custody;

import io.custodian.domain.location.DataLocation;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.ProductType;
import io.custodian.domain.tenant.TenantState;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A line of the tenant list: who the tenant is and where it stands, nothing secret. */
public record TenantSummary(
        ClientKey clientKey,
        URI baseUrl,
        ProductType productType,
        TenantState state,
        DataLocation location,
        Instant installedAt,
        Optional<Instant> purgeDeadline) {

    public TenantSummary {
        Objects.requireNonNull(clientKey, "clientKey");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(productType, "productType");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(installedAt, "installedAt");
        Objects.requireNonNull(purgeDeadline, "purgeDeadline");
    }
}
