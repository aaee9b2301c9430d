package io.custodian.domain.tenant;

import java.util.Objects;
import java.util.Optional;

/**
 * What the web adapter needs to authenticate a JWT that claims to come from a tenant: the tenant's shared secret (to
 * verify the HS256 signature) and whether an authentic app request from it is served. The adapter must verify the
 * signature before it acts on {@link #refusal()}, so that an unauthenticated caller learns nothing about the tenant.
 * {@link #toString()} never reveals the secret.
 *
 * @param refusal empty exactly when app requests are served: ACTIVE and pinned to this deployment's location
 */
public record TenantCredentials(ClientKey clientKey, SharedSecret sharedSecret, TenantState state,
                                Optional<AppRequestRefusal> refusal) {

    public TenantCredentials {
        Objects.requireNonNull(clientKey, "clientKey");
        Objects.requireNonNull(sharedSecret, "sharedSecret");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(refusal, "refusal");
        if (state == TenantState.PURGED) {
            throw new IllegalArgumentException("a purged tenant has no credentials");
        }
        if (state != TenantState.ACTIVE && refusal.isEmpty()) {
            throw new IllegalArgumentException("only an ACTIVE tenant is served, not a " + state + " one");
        }
    }

    /** App requests from this tenant are served. */
    public boolean servesAppRequests() {
        return refusal.isEmpty();
    }
}
