package io.custodian.web.connect;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import io.custodian.domain.tenant.AppRequestRefusal;
import io.custodian.domain.tenant.RecordLicenseCommand;
import io.custodian.domain.tenant.RecordLicenseUseCase;
import io.custodian.web.connect.jwt.AppJwtVerifier;
import io.custodian.web.connect.jwt.AppJwtVerifier.VerifiedAppJwt;
import io.custodian.web.connect.jwt.ConnectTokens;
import io.custodian.web.connect.jwt.QshRule;
import io.custodian.web.connect.jwt.QueryStringHash;
import io.custodian.web.connect.jwt.RequestTarget;
import io.custodian.web.http.ApiException;
import io.custodian.web.http.SecurityHeaders;

import static java.lang.System.Logger.Level.DEBUG;

/**
 * Guards app API routes: wrap every handler with {@link #route(QshRule, Handler)}; the handler then runs only for an
 * authentic request of a served tenant and finds the caller with {@link ConnectPrincipal#of(ServerRequest)}.
 * <ol>
 *     <li>{@code Cache-Control: no-cache, no-store} and {@code Referrer-Policy: no-referrer} on the response, whatever
 *     its outcome;</li>
 *     <li>the JWT from {@code Authorization: JWT <token>} or the {@code jwt} query parameter (exactly one of them,
 *     once); missing → 401;</li>
 *     <li>{@link AppJwtVerifier}: HS256 with the tenant's secret, times, qsh per the route's {@link QshRule} → 401;</li>
 *     <li>the tenant must be served: a DISABLED or uninstalled (MARKED_FOR_DELETION) tenant, or one pinned to another
 *     location, → 403 (the token is authentic, the tenant is known, the request is not allowed). An unknown or purged
 *     tenant has no secret left to verify with → 401;</li>
 *     <li>on {@link QshRule#REQUEST} routes, where the qsh covers the query, a single {@code lic} parameter is recorded
 *     as the tenant's license state.</li>
 * </ol>
 */
public final class AppRequestAuthenticator {

    private static final System.Logger LOGGER = System.getLogger(AppRequestAuthenticator.class.getName());
    private static final String LICENSE_PARAMETER = "lic";

    private final AppJwtVerifier verifier;
    private final RecordLicenseUseCase licenses;

    public AppRequestAuthenticator(AppJwtVerifier verifier, RecordLicenseUseCase licenses) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.licenses = Objects.requireNonNull(licenses, "licenses");
    }

    /**
     * A handler that authenticates, then delegates.
     *
     * @param rule    which qsh the route accepts
     * @param handler the route's handler
     * @return guarded handler
     */
    public Handler route(QshRule rule, Handler handler) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(handler, "handler");
        return (req, res) -> {
            ConnectPrincipal principal = authenticate(req, res, rule);
            req.context().register(principal);
            handler.handle(req, res);
        };
    }

    /**
     * Authenticate a request (see the class comment).
     *
     * @return the caller
     * @throws ApiException 401 or 403
     */
    public ConnectPrincipal authenticate(ServerRequest req, ServerResponse res, QshRule rule) {
        res.header(SecurityHeaders.DEFAULT_CACHE_CONTROL);
        res.header(SecurityHeaders.REFERRER_POLICY);
        RequestTarget target = RequestTarget.of(req);
        VerifiedAppJwt verified = verifier.verify(token(req, target), target, rule);
        Optional<AppRequestRefusal> refusal = verified.credentials().refusal();
        if (refusal.isPresent()) {
            throw refused(refusal.get());
        }
        if (rule == QshRule.REQUEST) {
            recordLicense(verified, target);
        }
        return new ConnectPrincipal(verified.clientKey(), verified.accountId());
    }

    private static String token(ServerRequest req, RequestTarget target) {
        List<String> headers = req.headers().all(HeaderNames.AUTHORIZATION, List::of);
        if (headers.size() > 1) {
            throw ConnectTokens.unauthorized("Send one Authorization header");
        }
        Optional<String> fromHeader = ConnectTokens.fromAuthorization(headers.stream().findFirst());
        List<String> fromQuery;
        try {
            fromQuery = QueryStringHash.parameterValues(target.rawQuery(), QueryStringHash.JWT_PARAMETER);
        } catch (IllegalArgumentException e) {
            throw ConnectTokens.unauthorized("The query string is malformed: " + e.getMessage());
        }
        if (fromQuery.size() > 1 || fromQuery.size() == 1 && fromHeader.isPresent()) {
            throw ConnectTokens.unauthorized("Send the JWT once: in the Authorization header or the jwt parameter");
        }
        return fromHeader.or(() -> fromQuery.stream().findFirst())
                .orElseThrow(() -> ConnectTokens.unauthorized(
                        "A Connect JWT is required: 'Authorization: JWT <token>' or the jwt query parameter"));
    }

    private void recordLicense(VerifiedAppJwt verified, RequestTarget target) {
        List<String> lic = QueryStringHash.parameterValues(target.rawQuery(), LICENSE_PARAMETER);
        if (lic.size() != 1) {
            return;
        }
        RecordLicenseUseCase.Outcome outcome =
                licenses.record(RecordLicenseCommand.fromConnect(verified.clientKey(), lic.getFirst()));
        LOGGER.log(DEBUG, () -> "License of " + verified.clientKey() + ": " + outcome);
    }

    private static ApiException refused(AppRequestRefusal refusal) {
        return switch (refusal) {
            case TENANT_DISABLED -> new ApiException(403, "tenant_disabled",
                    "The app is disabled for this site; app requests are refused until it is enabled again");
            case TENANT_UNINSTALLED -> new ApiException(403, "tenant_uninstalled",
                    "The app is uninstalled from this site; app requests are refused");
            case PINNED_ELSEWHERE -> new ApiException(403, "pinned_elsewhere",
                    "This site's data is held in another location; this deployment does not serve it");
        };
    }
}
