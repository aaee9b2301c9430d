package io.custodian.web.connect;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.LicenseState;
import io.custodian.domain.tenant.TenantState;
import io.custodian.web.connect.jwt.QueryStringHash;
import io.custodian.web.connect.testing.ConnectHost;
import io.custodian.web.connect.testing.ConnectTestApp;
import io.custodian.web.connect.testing.JwtBuilder;
import io.custodian.web.connect.testing.SimpleQsh;
import io.custodian.web.connect.testing.Site;

import static io.custodian.web.connect.LifecycleFlowTest.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * HS256 app requests ({@code /connect/v1/**}) and the HS256 lifecycle callbacks ({@code enabled}/{@code disabled}):
 * what is accepted, and every rejection with its status and proof that nothing was written.
 */
class AppRequestTest {

    private static final String TENANT = "/connect/v1/tenant";

    private final ConnectTestApp app = ConnectTestApp.start();
    private final ConnectHost host = app.host;
    private final Site acme = Site.jira("acme");
    private final ClientKey acmeKey = new ClientKey(acme.clientKey());

    @BeforeEach
    void install() {
        assertThat(host.install(acme).statusCode()).isEqualTo(204);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private Instant now() {
        return app.clock.instant();
    }

    private HttpResponse<String> getWith(String pathAndQuery, JwtBuilder token) {
        return host.get(pathAndQuery, "JWT " + token.build());
    }

    private HttpResponse<String> assertRefusedUnchanged(Supplier<HttpResponse<String>> request, int status,
                                                        String code) {
        ConnectTestApp.Snapshot before = app.snapshot();
        HttpResponse<String> response = request.get();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(json(response)).containsEntry("error", code).containsKey("message");
        assertNoStore(response);
        assertThat(app.snapshot()).isEqualTo(before);
        return response;
    }

    private static void assertNoStore(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(value ->
                assertThat(value).contains("no-store").contains("no-cache"));
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
    }

    // ---- accepted ---------------------------------------------------------------------------------------------------

    @Test
    void a_request_with_a_valid_jwt_in_the_authorization_header_gets_its_tenant_with_no_store_headers() {
        HttpResponse<String> response = host.appGet(acme, TENANT);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response)).containsEntry("clientKey", acme.clientKey()).containsEntry("state", "ACTIVE");
        assertNoStore(response);
    }

    @Test
    void a_request_with_a_valid_jwt_in_the_query_parameter_is_accepted() {
        String pathAndQuery = TENANT + "?xdm_e=https%3A%2F%2Facme.atlassian.net&cp=jira";
        String token = host.appJwt(acme, "GET", pathAndQuery).build();

        assertThat(host.get(pathAndQuery + "&jwt=" + token, null).statusCode()).isEqualTo(200);
    }

    @Test
    void a_request_signed_independently_with_nimbus_and_a_tiny_separate_qsh_is_accepted() {
        String token = JwtBuilder.hs256(now(), acme.sharedSecret()).iss(acme.clientKey())
                .qsh(SimpleQsh.of("GET", TENANT, "lic=active&cp=jira")).build();

        HttpResponse<String> response = host.get(TENANT + "?lic=active&cp=jira", "JWT " + token);

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void the_lic_parameter_covered_by_a_verified_qsh_is_recorded_as_the_license_state() {
        assertThat(host.appGet(acme, TENANT + "?lic=active").statusCode()).isEqualTo(200);
        assertThat(app.licenses.find(acmeKey)).contains(new LicenseState(true, now()));

        assertThat(host.appGet(acme, TENANT + "?lic=none").statusCode()).isEqualTo(200);
        assertThat(app.licenses.find(acmeKey)).contains(new LicenseState(false, now()));
    }

    @Test
    void clock_skew_within_30_seconds_is_tolerated() {
        assertThat(getWith(TENANT, host.appJwt(acme, "GET", TENANT)
                .issuedAt(now().minusSeconds(200)).expiresAt(now().minusSeconds(29))).statusCode()).isEqualTo(200);
        assertThat(getWith(TENANT, host.appJwt(acme, "GET", TENANT)
                .issuedAt(now().plusSeconds(29)).expiresAt(now().plusSeconds(200))).statusCode()).isEqualTo(200);
    }

    @Test
    void a_context_route_accepts_a_context_jwt_and_ignores_an_unauthenticated_lic() {
        HttpResponse<String> response = getWith("/connect/v1/context/tenant?lic=active", host.contextJwt(acme));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response)).containsEntry("clientKey", acme.clientKey());
        assertThat(app.licenses.all()).isEmpty();
    }

    // ---- 401 --------------------------------------------------------------------------------------------------------

    @Test
    void a_request_without_a_token_is_refused_401() {
        assertRefusedUnchanged(() -> host.get(TENANT, null), 401, "unauthorized");
        assertRefusedUnchanged(() -> host.get(TENANT, "JWT "), 401, "unauthorized");
    }

    @Test
    void a_request_with_an_unsigned_alg_none_token_is_refused_401() {
        assertRefusedUnchanged(() -> getWith(TENANT, host.appJwt(acme, "GET", TENANT).unsigned()), 401,
                "unauthorized");
    }

    @Test
    void a_request_signed_rs256_even_with_the_published_install_key_is_refused_401() {
        String rs256 = host.installJwt(acme, "installed").qsh(QueryStringHash.of("GET", TENANT, "")).build();

        assertRefusedUnchanged(() -> host.get(TENANT, "JWT " + rs256), 401, "unauthorized");
    }

    @Test
    void a_request_signed_with_another_secret_is_refused_401() {
        Site impostor = acme.withSecret("not-the-secret-of-acme-0123456789abcdef");
        assertRefusedUnchanged(() -> host.appGet(impostor, TENANT + "?lic=active"), 401, "unauthorized");
    }

    @Test
    void a_request_from_an_unknown_or_purged_tenant_is_refused_401() {
        assertRefusedUnchanged(() -> host.appGet(Site.jira("stranger"), TENANT), 401, "unauthorized");

        app.store.delete(acmeKey);
        app.cipher.destroyKey(acmeKey);
        assertRefusedUnchanged(() -> host.appGet(acme, TENANT), 401, "unauthorized");
    }

    @Test
    void an_unknown_tenant_and_a_wrong_secret_get_the_same_answer_so_installed_client_keys_cannot_be_probed() {
        HttpResponse<String> stranger = host.appGet(Site.jira("stranger"), TENANT);
        HttpResponse<String> wrongSecret = host.appGet(acme.withSecret("not-the-secret-of-acme-0123456789abcdef"),
                TENANT);

        assertThat(stranger.statusCode()).isEqualTo(wrongSecret.statusCode()).isEqualTo(401);
        assertThat(stranger.body()).isEqualTo(wrongSecret.body());
    }

    @Test
    void a_request_with_an_expired_token_is_refused_401() {
        assertRefusedUnchanged(() -> getWith(TENANT, host.appJwt(acme, "GET", TENANT)
                .issuedAt(now().minusSeconds(300)).expiresAt(now().minusSeconds(31))), 401, "unauthorized");
    }

    @Test
    void a_request_issued_in_the_future_or_without_exp_or_iat_is_refused_401() {
        assertRefusedUnchanged(() -> getWith(TENANT, host.appJwt(acme, "GET", TENANT)
                .issuedAt(now().plusSeconds(31)).expiresAt(now().plusSeconds(300))), 401, "unauthorized");
        assertRefusedUnchanged(() -> getWith(TENANT, host.appJwt(acme, "GET", TENANT).claim("exp", null)), 401,
                "unauthorized");
        assertRefusedUnchanged(() -> getWith(TENANT, host.appJwt(acme, "GET", TENANT).claim("iat", null)), 401,
                "unauthorized");
        assertRefusedUnchanged(() -> getWith(TENANT, host.appJwt(acme, "GET", TENANT)
                .claim("nbf", now().plusSeconds(60).getEpochSecond())), 401, "unauthorized");
    }

    @Test
    void a_request_whose_qsh_does_not_match_is_refused_401_and_its_lic_is_not_recorded() {
        JwtBuilder forActive = host.appJwt(acme, "GET", TENANT + "?lic=active");

        assertRefusedUnchanged(() -> getWith(TENANT + "?lic=none", forActive), 401, "unauthorized");
        assertRefusedUnchanged(() -> host.send("DELETE", TENANT + "?lic=active", "JWT " + forActive.build()), 401,
                "unauthorized");
        assertRefusedUnchanged(() -> getWith(TENANT + "/?lic=active&lic=none", forActive), 401, "unauthorized");
        assertRefusedUnchanged(() -> getWith(TENANT, host.appJwt(acme, "GET", TENANT).claim("qsh", null)), 401,
                "unauthorized");
    }

    @Test
    void a_context_jwt_is_refused_401_on_a_normal_route_and_a_request_jwt_on_a_context_route() {
        assertRefusedUnchanged(() -> getWith(TENANT, host.contextJwt(acme)), 401, "unauthorized");
        assertRefusedUnchanged(() -> getWith("/connect/v1/context/tenant",
                host.appJwt(acme, "GET", "/connect/v1/context/tenant")), 401, "unauthorized");
    }

    @Test
    void a_tampered_token_is_refused_401() {
        String token = host.appJwt(acme, "GET", TENANT).build();
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("557058:acting-user", "557058:site-admin");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertRefusedUnchanged(() -> host.get(TENANT, "JWT " + tampered), 401, "unauthorized");
        assertRefusedUnchanged(() -> host.get(TENANT, "JWT " + token.substring(0, token.length() - 2)), 401,
                "unauthorized");
        assertRefusedUnchanged(() -> host.get(TENANT, "JWT not.a.jwt"), 401, "unauthorized");
    }

    @Test
    void a_token_in_both_the_header_and_the_query_is_refused_401() {
        String token = host.appJwt(acme, "GET", TENANT).build();

        assertRefusedUnchanged(() -> host.get(TENANT + "?jwt=" + token, "JWT " + token), 401, "unauthorized");
    }

    @Test
    void unknown_paths_under_the_app_api_need_authentication_first_then_answer_404_and_other_methods_405() {
        assertRefusedUnchanged(() -> host.get("/connect/v1/nothing-here", null), 401, "unauthorized");
        assertRefusedUnchanged(() -> host.get("/connect/v1", null), 401, "unauthorized");
        assertRefusedUnchanged(() -> host.appGet(acme, "/connect/v1/nothing-here"), 404, "not_found");
        assertRefusedUnchanged(() -> host.send("POST", TENANT,
                "JWT " + host.appJwt(acme, "POST", TENANT).build()), 405, "method_not_allowed");
    }

    // ---- 403 --------------------------------------------------------------------------------------------------------

    @Test
    void an_authentic_request_of_a_disabled_tenant_is_refused_403() {
        host.disable(acme);
        assertRefusedUnchanged(() -> host.appGet(acme, TENANT + "?lic=active"), 403, "tenant_disabled");
    }

    @Test
    void an_authentic_request_of_an_uninstalled_tenant_is_refused_403() {
        host.uninstall(acme);
        assertRefusedUnchanged(() -> host.appGet(acme, TENANT), 403, "tenant_uninstalled");
        assertRefusedUnchanged(() -> getWith("/connect/v1/context/tenant", host.contextJwt(acme)), 403,
                "tenant_uninstalled");
    }

    // ---- enabled / disabled (HS256) ---------------------------------------------------------------------------------

    @Test
    void disabled_and_enabled_without_a_valid_hs256_token_are_refused_401_and_change_nothing() {
        Map<String, Object> disabledBody = acme.lifecycleBody(ConnectTestApp.APP_KEY, "disabled");
        assertRefusedUnchanged(() -> host.lifecycle("disabled", null, disabledBody), 401, "unauthorized");
        assertRefusedUnchanged(() -> host.lifecycle("disabled",
                host.appJwt(acme, "POST", "/lifecycle/disabled").unsigned().build(), disabledBody), 401,
                "unauthorized");
        assertRefusedUnchanged(() -> host.lifecycle("disabled",
                host.installJwt(acme, "disabled").build(), disabledBody), 401, "unauthorized");
        assertRefusedUnchanged(() -> host.lifecycle("disabled", host.appJwt(acme.withSecret(
                "wrong-secret-for-acme-0123456789abcdef"), "POST", "/lifecycle/disabled").build(), disabledBody),
                401, "unauthorized");
        assertRefusedUnchanged(() -> host.lifecycle("disabled",
                host.appJwt(acme, "POST", "/lifecycle/enabled").build(), disabledBody), 401, "unauthorized");
        assertRefusedUnchanged(() -> host.lifecycle("disabled", host.appJwt(acme, "POST", "/lifecycle/disabled")
                .expiresAt(now().minusSeconds(31)).issuedAt(now().minusSeconds(200)).build(), disabledBody), 401,
                "unauthorized");
        assertThat(app.record(acme).state()).isEqualTo(TenantState.ACTIVE);
    }

    @Test
    void disabled_signed_by_one_tenant_for_another_tenants_body_is_refused_401() {
        Site other = Site.jira("other");
        host.install(other);
        Map<String, Object> acmeBody = acme.lifecycleBody(ConnectTestApp.APP_KEY, "disabled");

        assertRefusedUnchanged(() -> host.lifecycle("disabled",
                host.appJwt(other, "POST", "/lifecycle/disabled").build(), acmeBody), 401, "unauthorized");
        assertThat(app.record(acme).state()).isEqualTo(TenantState.ACTIVE);
    }

    @Test
    void enabled_from_an_unknown_tenant_is_refused_401() {
        Site stranger = Site.jira("stranger");
        assertRefusedUnchanged(() -> host.enable(stranger), 401, "unauthorized");
    }
}
