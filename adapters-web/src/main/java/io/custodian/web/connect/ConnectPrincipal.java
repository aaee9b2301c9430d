package io.custodian.web.connect;

import java.util.Objects;
import java.util.Optional;

import io.helidon.webserver.http.ServerRequest;

import io.custodian.domain.tenant.ClientKey;

/**
 * Who made an authenticated app request: the tenant ({@code iss}, verified with its shared secret) and, when the
 * request acts for a user, that user's Atlassian account id ({@code sub}). Registered in the request context by
 * {@link AppRequestAuthenticator} before the route's handler runs.
 *
 * @param clientKey the calling tenant, ACTIVE and pinned to this deployment
 * @param accountId the acting user; empty for requests on behalf of the app or anonymous users
 */
public record ConnectPrincipal(ClientKey clientKey, Optional<String> accountId) {

    public ConnectPrincipal {
        Objects.requireNonNull(clientKey, "clientKey");
        Objects.requireNonNull(accountId, "accountId");
    }

    /**
     * The principal of a request that went through {@link AppRequestAuthenticator}.
     *
     * @throws IllegalStateException when the route is not authenticated (a wiring mistake, hence a 500)
     */
    public static ConnectPrincipal of(ServerRequest req) {
        return req.context().get(ConnectPrincipal.class)
                .orElseThrow(() -> new IllegalStateException("route is not behind the Connect app authenticator"));
    }
}
