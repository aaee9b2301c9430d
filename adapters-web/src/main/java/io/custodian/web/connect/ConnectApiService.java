package io.custodian.web.connect;

import java.util.Objects;

import io.helidon.http.Method;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import io.custodian.domain.tenant.FindTenantUseCase;
import io.custodian.web.connect.jwt.QshRule;
import io.custodian.web.http.ApiException;
import io.custodian.web.http.MethodNotAllowed;

/**
 * The app API, mounted at {@code /connect/v1}; every path under it, known or not, is authenticated first (an unknown
 * path answers 404 only to an authenticated caller).
 * <ul>
 *     <li>{@code GET /connect/v1/tenant} ({@link QshRule#REQUEST}): the calling tenant, see {@link TenantResponse};</li>
 *     <li>{@code GET /connect/v1/context/tenant} ({@link QshRule#CONTEXT}): the same for the app's iframe, which holds
 *     only a context JWT. Read-only and limited to the caller's own tenant, so a replayed context token gains
 *     nothing.</li>
 * </ul>
 */
final class ConnectApiService implements HttpService {

    private final AppRequestAuthenticator authenticator;
    private final FindTenantUseCase tenants;

    ConnectApiService(AppRequestAuthenticator authenticator, FindTenantUseCase tenants) {
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.tenants = Objects.requireNonNull(tenants, "tenants");
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/tenant", authenticator.route(QshRule.REQUEST, this::tenant))
                .any("/tenant", authenticator.route(QshRule.REQUEST, MethodNotAllowed.allowing(Method.GET)))
                .get("/context/tenant", authenticator.route(QshRule.CONTEXT, this::tenant))
                .any("/context/tenant", authenticator.route(QshRule.CONTEXT, MethodNotAllowed.allowing(Method.GET)))
                .any(authenticator.route(QshRule.REQUEST, (req, res) -> {
                    throw ApiException.notFound("No app API resource at this path");
                }));
    }

    private void tenant(ServerRequest req, ServerResponse res) {
        ConnectPrincipal principal = ConnectPrincipal.of(req);
        TenantResponse body = tenants.find(principal.clientKey())
                .map(TenantResponse::of)
                .orElseThrow(() -> ApiException.notFound("The tenant is not installed"));
        res.send(body);
    }
}
