package io.custodian.web.connect;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.HandleDisableCommand;
import io.custodian.domain.tenant.HandleEnableCommand;
import io.custodian.domain.tenant.HandleInstallCommand;
import io.custodian.domain.tenant.HandleUninstallCommand;
import io.custodian.domain.tenant.LifecycleRefusal;
import io.custodian.domain.tenant.Transition;
import io.custodian.web.connect.jwt.AppJwtVerifier;
import io.custodian.web.connect.jwt.ConnectTokens;
import io.custodian.web.connect.jwt.InstallJwtVerifier;
import io.custodian.web.connect.jwt.QshRule;
import io.custodian.web.connect.jwt.RequestTarget;
import io.custodian.web.http.ApiException;
import io.custodian.web.http.ErrorCodes;
import io.custodian.web.http.JsonBody;
import io.custodian.web.http.MethodNotAllowed;
import io.custodian.web.http.SecurityHeaders;

import static java.lang.System.Logger.Level.INFO;

/**
 * The Connect lifecycle callbacks, mounted at {@code /lifecycle} (connect.md §2, §3). Each one, in order:
 * <ol>
 *     <li>the JWT from {@code Authorization: JWT <token>} (required; a {@code jwt} query parameter is not accepted
 *     here) is verified: RS256 signed install for {@code installed}/{@code uninstalled} ({@link InstallJwtVerifier}),
 *     HS256 with the tenant's shared secret for {@code enabled}/{@code disabled} ({@link AppJwtVerifier}); → 401
 *     (503 when the install key server cannot be reached);</li>
 *     <li>the JSON body is read (415/400) and its {@code clientKey} must be the token's {@code iss} → 401: nobody can
 *     act on another tenant, in particular not take over an installed one;</li>
 *     <li>the body must be for this app ({@code key}) and this callback ({@code eventType}) → 400; {@code installed}
 *     also needs a valid shared secret (at most 128 characters) and Account Data → 400;</li>
 *     <li>the domain use case runs; applied and unchanged (duplicates, out-of-order events) both answer 204; a refusal
 *     answers 409 with a code per {@link LifecycleRefusal}.</li>
 * </ol>
 * Nothing is written before every check has passed. Answers carry {@code Cache-Control: no-cache, no-store}.
 */
final class LifecycleService implements HttpService {

    private static final System.Logger LOGGER = System.getLogger(LifecycleService.class.getName());

    private final ConnectSettings settings;
    private final InstallJwtVerifier installVerifier;
    private final AppJwtVerifier appVerifier;
    private final ConnectUseCases useCases;

    LifecycleService(ConnectSettings settings, InstallJwtVerifier installVerifier, AppJwtVerifier appVerifier,
                     ConnectUseCases useCases) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.installVerifier = Objects.requireNonNull(installVerifier, "installVerifier");
        this.appVerifier = Objects.requireNonNull(appVerifier, "appVerifier");
        this.useCases = Objects.requireNonNull(useCases, "useCases");
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/installed", this::installed)
                .post("/uninstalled", this::uninstalled)
                .post("/enabled", this::enabled)
                .post("/disabled", this::disabled);
        for (String path : List.of("/installed", "/uninstalled", "/enabled", "/disabled")) {
            rules.any(path, MethodNotAllowed.allowing(Method.POST));
        }
    }

    private void installed(ServerRequest req, ServerResponse res) {
        ClientKey clientKey = signedInstall(req, "installed");
        LifecyclePayload payload = JsonBody.read(req, LifecyclePayload.class);
        requireSameTenant(clientKey, payload);
        payload.requireFor(settings.appKey(), "installed");
        HandleInstallCommand command = new HandleInstallCommand(clientKey,
                payload.accountData(settings.productionMode()), payload.requireSharedSecret(), true);
        answer(res, "installed", clientKey, useCases.install().install(command));
    }

    private void uninstalled(ServerRequest req, ServerResponse res) {
        ClientKey clientKey = signedInstall(req, "uninstalled");
        LifecyclePayload payload = JsonBody.read(req, LifecyclePayload.class);
        requireSameTenant(clientKey, payload);
        payload.requireFor(settings.appKey(), "uninstalled");
        answer(res, "uninstalled", clientKey, useCases.uninstall().uninstall(new HandleUninstallCommand(clientKey)));
    }

    private void enabled(ServerRequest req, ServerResponse res) {
        onTenantSigned(req, res, "enabled", clientKey -> useCases.enable().enable(new HandleEnableCommand(clientKey)));
    }

    private void disabled(ServerRequest req, ServerResponse res) {
        onTenantSigned(req, res, "disabled",
                clientKey -> useCases.disable().disable(new HandleDisableCommand(clientKey)));
    }

    private void onTenantSigned(ServerRequest req, ServerResponse res, String event,
                                Function<ClientKey, Transition> useCase) {
        ClientKey clientKey = appVerifier.verify(headerToken(req), RequestTarget.of(req), QshRule.REQUEST).clientKey();
        LifecyclePayload payload = JsonBody.read(req, LifecyclePayload.class);
        requireSameTenant(clientKey, payload);
        payload.requireFor(settings.appKey(), event);
        answer(res, event, clientKey, useCase.apply(clientKey));
    }

    /** Verifies the signed install; the issuer is the tenant the callback is about. */
    private ClientKey signedInstall(ServerRequest req, String event) {
        String issuer = installVerifier.verify(headerToken(req), RequestTarget.of(req)).clientKey();
        try {
            return new ClientKey(issuer);
        } catch (IllegalArgumentException e) {
            throw ConnectTokens.unauthorized("The " + event + " JWT's issuer (iss) is not a valid client key");
        }
    }

    private static String headerToken(ServerRequest req) {
        List<String> headers = req.headers().all(HeaderNames.AUTHORIZATION, List::of);
        if (headers.size() > 1) {
            throw ConnectTokens.unauthorized("Send one Authorization header");
        }
        return ConnectTokens.fromAuthorization(headers.stream().findFirst())
                .orElseThrow(() -> ConnectTokens.unauthorized(
                        "A lifecycle callback must carry 'Authorization: JWT <token>'"));
    }

    private static void requireSameTenant(ClientKey issuer, LifecyclePayload payload) {
        if (!issuer.equals(payload.requireClientKey())) {
            throw ConnectTokens.unauthorized("The body's clientKey does not match the JWT's issuer (iss)");
        }
    }

    private static void answer(ServerResponse res, String event, ClientKey clientKey, Transition transition) {
        switch (transition) {
            case Transition.Applied applied -> LOGGER.log(INFO, "Connect " + event + " for " + clientKey
                    + ": tenant now " + applied.after().state());
            case Transition.Unchanged unchanged -> LOGGER.log(INFO, "Connect " + event + " for " + clientKey
                    + ": unchanged (" + unchanged.reason() + ")");
            case Transition.Refused refused -> {
                LOGGER.log(INFO, "Connect " + event + " for " + clientKey + ": refused ("
                        + refused.refusal() + ")");
                throw refusal(refused.refusal());
            }
        }
        res.header(SecurityHeaders.DEFAULT_CACHE_CONTROL);
        res.status(Status.NO_CONTENT_204).send();
    }

    private static ApiException refusal(LifecycleRefusal refusal) {
        return switch (refusal) {
            case NOT_INSTALLED -> new ApiException(409, "not_installed",
                    "No installation for this client key (never installed, or already purged)");
            case INSTALL_NOT_VERIFIED -> new ApiException(401, ErrorCodes.UNAUTHORIZED, "The install is not verified");
            case PINNED_ELSEWHERE -> new ApiException(409, "pinned_elsewhere",
                    "This site's data is held in another location; this deployment does not serve it");
            case REINSTALL_REQUIRED -> new ApiException(409, "reinstall_required",
                    "The app is uninstalled from this site; only a re-install brings it back");
            case PURGE_DUE -> new ApiException(409, "purge_due",
                    "The site's data is due for deletion and is being purged; install again after the purge");
        };
    }
}
