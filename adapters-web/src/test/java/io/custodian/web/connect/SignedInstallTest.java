package io.custodian.web.connect;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.custodian.domain.tenant.SharedSecret;
import io.custodian.domain.tenant.TenantState;
import io.custodian.web.connect.jwt.QueryStringHash;
import io.custodian.web.connect.testing.ConnectHost;
import io.custodian.web.connect.testing.ConnectTestApp;
import io.custodian.web.connect.testing.JwtBuilder;
import io.custodian.web.connect.testing.KeyServer;
import io.custodian.web.connect.testing.Site;

import static io.custodian.web.connect.LifecycleFlowTest.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signed install ({@code installed}/{@code uninstalled}, RS256): what is accepted, and every rejection, each with
 * its status and proof that nothing was written.
 */
class SignedInstallTest {

    private final ConnectTestApp app = ConnectTestApp.start();
    private final ConnectHost host = app.host;
    private final Site acme = Site.jira("acme");
    private final Map<String, Object> installedBody = acme.lifecycleBody(ConnectTestApp.APP_KEY, "installed");

    @AfterEach
    void stop() {
        app.close();
    }

    private Instant now() {
        return app.clock.instant();
    }

    private HttpResponse<String> installWith(JwtBuilder token) {
        return host.lifecycle("installed", token.build(), installedBody);
    }

    /** Sends the request and checks the answer and that the stored state did not move. */
    private HttpResponse<String> assertRefusedUnchanged(java.util.function.Supplier<HttpResponse<String>> request,
                                                        int status, String code) {
        ConnectTestApp.Snapshot before = app.snapshot();
        HttpResponse<String> response = request.get();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(json(response)).containsEntry("error", code).containsKey("message");
        assertThat(app.snapshot()).isEqualTo(before);
        return response;
    }

    // ---- accepted ---------------------------------------------------------------------------------------------------

    @Test
    void an_install_signed_with_the_published_key_is_accepted() {
        assertThat(installWith(host.installJwt(acme, "installed")).statusCode()).isEqualTo(204);
        assertThat(app.record(acme).state()).isEqualTo(TenantState.ACTIVE);
    }

    @Test
    void the_audience_may_carry_a_trailing_slash_or_name_an_allowed_alternative_base_url() {
        assertThat(installWith(host.installJwt(acme, "installed").aud("https://custodian.example.com/")).statusCode())
                .isEqualTo(204);
        assertThat(installWith(host.installJwt(acme, "installed").aud("https://old.custodian.example.com"))
                .statusCode()).isEqualTo(204);
    }

    @Test
    void clock_skew_within_30_seconds_is_tolerated_on_exp_and_iat() {
        assertThat(installWith(host.installJwt(acme, "installed")
                .issuedAt(now().minusSeconds(200)).expiresAt(now().minusSeconds(29))).statusCode()).isEqualTo(204);
        assertThat(installWith(host.installJwt(acme, "installed")
                .issuedAt(now().plusSeconds(29)).expiresAt(now().plusSeconds(209))).statusCode()).isEqualTo(204);
    }

    @Test
    void keys_are_fetched_once_per_kid_and_then_served_from_the_cache() {
        host.install(acme);
        host.install(acme);
        host.uninstall(acme);

        assertThat(host.keyServer().requests()).isEqualTo(1);
    }

    // ---- 401: token ------------------------------------------------------------------------------------------------

    @Test
    void installed_without_a_token_is_refused_401() {
        assertRefusedUnchanged(() -> host.lifecycle("installed", null, installedBody), 401, "unauthorized");
    }

    @Test
    void installed_with_another_authorization_scheme_is_refused_401() {
        String token = host.installJwt(acme, "installed").build();
        assertRefusedUnchanged(() -> host.post("/lifecycle/installed", "Bearer " + token,
                new String(io.custodian.web.json.JsonMapping.toBytes(installedBody), StandardCharsets.UTF_8)),
                401, "unauthorized");
    }

    @Test
    void installed_with_an_unsigned_alg_none_token_is_refused_401() {
        HttpResponse<String> response = assertRefusedUnchanged(
                () -> installWith(host.installJwt(acme, "installed").unsigned()), 401, "unauthorized");
        assertThat(json(response).get("message").toString()).contains("alg none");
    }

    @Test
    void installed_signed_hs256_with_the_shared_secret_is_refused_401() {
        JwtBuilder hs256 = JwtBuilder.hs256(now(), acme.sharedSecret()).iss(acme.clientKey())
                .aud(ConnectTestApp.APP_BASE_URL).qsh(QueryStringHash.of("POST", "/lifecycle/installed", ""));
        HttpResponse<String> response = assertRefusedUnchanged(() -> installWith(hs256), 401, "unauthorized");
        assertThat(json(response).get("message").toString()).contains("RS256");
    }

    @Test
    void installed_with_an_unknown_kid_is_refused_401_after_asking_the_key_server() {
        assertRefusedUnchanged(() -> installWith(host.installJwt(acme, "installed").kid("kid-nobody-published")),
                401, "unauthorized");
        assertThat(host.keyServer().requests()).isEqualTo(1);
    }

    @Test
    void installed_with_a_kid_that_is_not_a_plain_path_is_refused_401_without_asking_the_key_server() {
        assertRefusedUnchanged(() -> installWith(host.installJwt(acme, "installed").kid("../../etc/passwd")),
                401, "unauthorized");
        assertRefusedUnchanged(() -> installWith(host.installJwt(acme, "installed").kid(null)), 401, "unauthorized");
        assertThat(host.keyServer().requests()).isZero();
    }

    @Test
    void installed_signed_with_a_key_other_than_the_published_one_is_refused_401() {
        JwtBuilder forged = JwtBuilder.rs256(now(), ConnectHost.FORGER.getPrivate(), ConnectHost.KID)
                .iss(acme.clientKey()).aud(ConnectTestApp.APP_BASE_URL)
                .qsh(QueryStringHash.of("POST", "/lifecycle/installed", ""));
        assertRefusedUnchanged(() -> installWith(forged), 401, "unauthorized");
    }

    @Test
    void installed_with_a_tampered_token_is_refused_401() {
        String token = host.installJwt(acme, "installed").build();
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace(acme.clientKey(), "jira:evil-client-key");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        Map<String, Object> evilBody = new java.util.HashMap<>(installedBody);
        evilBody.put("clientKey", "jira:evil-client-key");

        assertRefusedUnchanged(() -> host.lifecycle("installed", tampered, evilBody), 401, "unauthorized");
    }

    @Test
    void installed_for_another_audience_is_refused_401() {
        assertRefusedUnchanged(() -> installWith(host.installJwt(acme, "installed").aud("https://evil.example.com")),
                401, "unauthorized");
        assertRefusedUnchanged(() -> installWith(host.installJwt(acme, "installed").claim("aud", null)),
                401, "unauthorized");
    }

    @Test
    void installed_whose_issuer_is_not_the_body_client_key_is_refused_401() {
        assertRefusedUnchanged(() -> installWith(host.installJwt(acme, "installed").iss("jira:other-client-key")),
                401, "unauthorized");
        assertRefusedUnchanged(() -> installWith(host.installJwt(acme, "installed").iss(null)), 401, "unauthorized");
    }

    @Test
    void installed_with_a_tampered_body_naming_another_tenant_is_refused_401() {
        Site evil = Site.jira("evil");
        Map<String, Object> body = evil.lifecycleBody(ConnectTestApp.APP_KEY, "installed");
        body.put("clientKey", acme.clientKey());

        assertRefusedUnchanged(() -> host.lifecycle("installed", host.installJwt(evil, "installed").build(), body),
                401, "unauthorized");
    }

    @Test
    void installed_with_an_expired_token_is_refused_401() {
        HttpResponse<String> response = assertRefusedUnchanged(() -> installWith(host.installJwt(acme, "installed")
                .issuedAt(now().minusSeconds(300)).expiresAt(now().minusSeconds(31))), 401, "unauthorized");
        assertThat(json(response).get("message").toString()).contains("expired");
    }

    @Test
    void installed_issued_in_the_future_beyond_the_leeway_is_refused_401() {
        assertRefusedUnchanged(() -> installWith(host.installJwt(acme, "installed")
                .issuedAt(now().plusSeconds(31)).expiresAt(now().plusSeconds(211))), 401, "unauthorized");
    }

    @Test
    void installed_without_exp_or_iat_is_refused_401() {
        assertRefusedUnchanged(() -> installWith(host.installJwt(acme, "installed").claim("exp", null)),
                401, "unauthorized");
        assertRefusedUnchanged(() -> installWith(host.installJwt(acme, "installed").claim("iat", null)),
                401, "unauthorized");
        assertRefusedUnchanged(() -> installWith(host.installJwt(acme, "installed").claim("exp", "tomorrow")),
                401, "unauthorized");
    }

    @Test
    void installed_whose_qsh_is_for_another_request_or_context_qsh_is_refused_401() {
        assertRefusedUnchanged(() -> installWith(host.installJwt(acme, "installed")
                .qsh(QueryStringHash.of("POST", "/lifecycle/uninstalled", ""))), 401, "unauthorized");
        assertRefusedUnchanged(() -> installWith(host.installJwt(acme, "installed")
                .qsh(QueryStringHash.CONTEXT_QSH)), 401, "unauthorized");
        assertRefusedUnchanged(() -> installWith(host.installJwt(acme, "installed").claim("qsh", null)),
                401, "unauthorized");
    }

    @Test
    void a_token_that_fails_its_claim_checks_costs_no_request_to_the_key_server() {
        assertRefusedUnchanged(() -> installWith(host.installJwt(acme, "installed").kid("junk-kid-1")
                .aud("https://evil.example.com")), 401, "unauthorized");
        assertRefusedUnchanged(() -> installWith(host.installJwt(acme, "installed").kid("junk-kid-2")
                .expiresAt(now().minusSeconds(3600))), 401, "unauthorized");

        assertThat(host.keyServer().requests()).isZero();
    }

    // ---- 503: key server ------------------------------------------------------------------------------------------

    @Test
    void installed_while_the_key_server_is_unreachable_is_refused_503_not_500() {
        host.keyServer().stop();

        HttpResponse<String> response = assertRefusedUnchanged(() -> host.install(acme), 503, "service_unavailable");
        assertThat(json(response).get("message").toString()).contains("retry");
    }

    @Test
    void installed_while_the_key_server_fails_or_answers_garbage_is_refused_503() {
        host.keyServer().mode(KeyServer.Mode.FAIL_500);
        assertRefusedUnchanged(() -> host.install(acme), 503, "service_unavailable");
        host.keyServer().mode(KeyServer.Mode.GARBAGE);
        assertRefusedUnchanged(() -> host.install(acme), 503, "service_unavailable");

        host.keyServer().mode(KeyServer.Mode.SERVE);
        assertThat(host.install(acme).statusCode()).isEqualTo(204);
    }

    // ---- no tenant takeover ----------------------------------------------------------------------------------------

    @Test
    void a_reinstall_for_an_installed_client_key_with_a_forged_signature_cannot_take_over_the_tenant() {
        host.install(acme);
        Site takeover = acme.withSecret("attacker-chosen-secret-0123456789abcdef");
        JwtBuilder forged = JwtBuilder.rs256(now(), ConnectHost.FORGER.getPrivate(), ConnectHost.KID)
                .iss(acme.clientKey()).aud(ConnectTestApp.APP_BASE_URL)
                .qsh(QueryStringHash.of("POST", "/lifecycle/installed", ""));

        assertRefusedUnchanged(() -> host.lifecycle("installed", forged.build(),
                takeover.lifecycleBody(ConnectTestApp.APP_KEY, "installed")), 401, "unauthorized");

        assertThat(app.secretOf(acme)).isEqualTo(new SharedSecret(acme.sharedSecret()));
        assertThat(host.appGet(takeover, "/connect/v1/tenant").statusCode()).isEqualTo(401);
        assertThat(host.appGet(acme, "/connect/v1/tenant").statusCode()).isEqualTo(200);
    }

    @Test
    void a_reinstall_signed_hs256_with_the_current_secret_legacy_style_is_refused() {
        host.install(acme);
        Site rotated = acme.withSecret("new-secret-from-a-legacy-install-0123456789");
        JwtBuilder legacy = JwtBuilder.hs256(now(), acme.sharedSecret()).iss(acme.clientKey())
                .qsh(QueryStringHash.of("POST", "/lifecycle/installed", ""));

        assertRefusedUnchanged(() -> host.lifecycle("installed", legacy.build(),
                rotated.lifecycleBody(ConnectTestApp.APP_KEY, "installed")), 401, "unauthorized");
        assertThat(app.secretOf(acme)).isEqualTo(new SharedSecret(acme.sharedSecret()));
    }

    @Test
    void uninstalled_that_is_not_validly_signed_leaves_the_tenant_active() {
        host.install(acme);
        Map<String, Object> body = acme.lifecycleBody(ConnectTestApp.APP_KEY, "uninstalled");
        JwtBuilder hs256 = JwtBuilder.hs256(now(), acme.sharedSecret()).iss(acme.clientKey())
                .aud(ConnectTestApp.APP_BASE_URL).qsh(QueryStringHash.of("POST", "/lifecycle/uninstalled", ""));
        JwtBuilder forged = JwtBuilder.rs256(now(), ConnectHost.FORGER.getPrivate(), ConnectHost.KID)
                .iss(acme.clientKey()).aud(ConnectTestApp.APP_BASE_URL)
                .qsh(QueryStringHash.of("POST", "/lifecycle/uninstalled", ""));

        assertRefusedUnchanged(() -> host.lifecycle("uninstalled", hs256.build(), body), 401, "unauthorized");
        assertRefusedUnchanged(() -> host.lifecycle("uninstalled", forged.build(), body), 401, "unauthorized");
        assertRefusedUnchanged(() -> host.lifecycle("uninstalled", null, body), 401, "unauthorized");
        assertRefusedUnchanged(() -> host.lifecycle("uninstalled",
                host.installJwt(acme, "installed").build(), body), 401, "unauthorized");
        assertThat(app.record(acme).state()).isEqualTo(TenantState.ACTIVE);
    }

    // ---- 400/415: body ---------------------------------------------------------------------------------------------

    @Test
    void installed_for_another_app_key_or_event_is_refused_400() {
        Map<String, Object> otherApp = acme.lifecycleBody("com.example.other-app", "installed");
        assertRefusedUnchanged(() -> host.lifecycle("installed", host.installJwt(acme, "installed").build(), otherApp),
                400, "bad_request");
        Map<String, Object> otherEvent = acme.lifecycleBody(ConnectTestApp.APP_KEY, "uninstalled");
        assertRefusedUnchanged(() -> host.lifecycle("installed", host.installJwt(acme, "installed").build(),
                otherEvent), 400, "bad_request");
    }

    @Test
    void installed_with_a_missing_or_over_long_shared_secret_is_refused_400_without_echoing_it() {
        Map<String, Object> missing = new java.util.HashMap<>(installedBody);
        missing.remove("sharedSecret");
        assertRefusedUnchanged(() -> host.lifecycle("installed", host.installJwt(acme, "installed").build(), missing),
                400, "bad_request");

        Map<String, Object> tooLong = new java.util.HashMap<>(installedBody);
        String secret = "x".repeat(129);
        tooLong.put("sharedSecret", secret);
        HttpResponse<String> response = assertRefusedUnchanged(() -> host.lifecycle("installed",
                host.installJwt(acme, "installed").build(), tooLong), 400, "bad_request");
        assertThat(json(response).get("message").toString()).contains("sharedSecret").contains("128");
        assertThat(response.body()).doesNotContain(secret);
    }

    @Test
    void installed_with_an_unknown_product_a_plain_http_base_url_or_no_client_key_is_refused_400() {
        for (Map.Entry<String, Object> change : Map.<String, Object>of(
                "productType", "bitbucket",
                "baseUrl", "http://acme.atlassian.net",
                "displayUrl", "not a url",
                "description", "d".repeat(2001)).entrySet()) {
            Map<String, Object> body = new java.util.HashMap<>(installedBody);
            body.put(change.getKey(), change.getValue());
            HttpResponse<String> response = assertRefusedUnchanged(() -> host.lifecycle("installed",
                    host.installJwt(acme, "installed").build(), body), 400, "bad_request");
            assertThat(json(response).get("message").toString()).contains(change.getKey());
        }
        Map<String, Object> noClientKey = new java.util.HashMap<>(installedBody);
        noClientKey.remove("clientKey");
        assertRefusedUnchanged(() -> host.lifecycle("installed", host.installJwt(acme, "installed").build(),
                noClientKey), 400, "bad_request");
    }

    @Test
    void installed_with_malformed_json_is_refused_400_and_without_json_content_type_415() {
        String token = "JWT " + host.installJwt(acme, "installed").build();
        assertRefusedUnchanged(() -> host.post("/lifecycle/installed", token, "{\"key\":"), 400, "bad_request");
        assertRefusedUnchanged(() -> host.post("/lifecycle/installed", token, "{\"key\": 12}"), 400, "bad_request");
        String json = new String(io.custodian.web.json.JsonMapping.toBytes(installedBody), StandardCharsets.UTF_8);
        assertRefusedUnchanged(() -> host.post("/lifecycle/installed", token, "text/plain", json),
                415, "unsupported_media_type");
    }

    @Test
    void lifecycle_paths_answer_405_to_other_methods() {
        HttpResponse<String> response = host.send("GET", "/lifecycle/installed", null);

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("POST");
    }

    @Test
    void signed_installs_use_the_30_second_default_leeway_and_the_clock_given() {
        app.clock.advance(Duration.ofDays(1));
        assertThat(host.install(acme).statusCode()).isEqualTo(204);
        assertThat(app.record(acme).installedAt()).isEqualTo(now());
    }
}
