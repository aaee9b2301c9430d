package io.custodian.domain.access;

import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.TenantState;

import java.util.Objects;

/** What the access policy needs to know about a tenant: who it is and where it is in its lifecycle. */
public record TenantStatus(ClientKey clientKey, TenantState state) {

    public TenantStatus {
        Objects.requireNonNull(clientKey, "clientKey");
        Objects.requireNonNull(state, "state");
    }
}
