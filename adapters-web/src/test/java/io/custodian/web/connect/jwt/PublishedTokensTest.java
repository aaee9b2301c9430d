package io.custodian.web.connect.jwt;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.custodian.domain.tenant.AppRequestAuthentication;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.SharedSecret;
import io.custodian.domain.tenant.TenantCredentials;
import io.custodian.domain.tenant.TenantState;
import io.custodian.domain.testing.MutableClock;
import io.custodian.web.CustodianWebServer;
import io.custodian.web.ServiceInfo;
import io.custodian.web.WebSettings;
import io.custodian.web.connect.AppRequestAuthenticator;
import io.custodian.web.connect.jwt.PublishedVectors.Vector;
import io.custodian.domain.tenant.RecordLicenseUseCase;
import io.custodian.domain.tenant.LicenseState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * All 78 published tokens verify (HS256 with the published secret, times at a fixed 2016 clock, qsh of the request),
 * directly and over real HTTP through Helidon, which proves the raw path and query reach the canonicaliser unchanged.
 */
class PublishedTokensTest {

    private static final ClientKey ISSUER = new ClientKey(PublishedVectors.ISSUER);
    private static final AppRequestAuthentication PUBLISHED_TENANT = clientKey -> clientKey.equals(ISSUER)
            ? Optional.of(new TenantCredentials(ISSUER, new SharedSecret(PublishedVectors.secret()),
                    TenantState.ACTIVE, Optional.empty()))
            : Optional.empty();
    private static final RecordLicenseUseCase NO_LICENSES = command ->
            new RecordLicenseUseCase.Unchanged(new LicenseState(command.active(), PublishedVectors.SIGNING_TIME));

    private static final MutableClock CLOCK = new MutableClock(PublishedVectors.SIGNING_TIME);
    private static final AppJwtVerifier VERIFIER = new AppJwtVerifier(PUBLISHED_TENANT, Duration.ofSeconds(30), CLOCK);

    private static CustodianWebServer server;
    private static io.custodian.web.connect.testing.ConnectHost host;

    static List<Vector> vectors() {
        return PublishedVectors.all();
    }

    @BeforeAll
    static void startServer() {
        AppRequestAuthenticator authenticator = new AppRequestAuthenticator(VERIFIER, NO_LICENSES);
        // every path of the vectors, behind the authenticator; answers the canonical request it verified
        server = CustodianWebServer.builder()
                .settings(new WebSettings("127.0.0.1", 0, 64 * 1024))
                .serviceInfo(new ServiceInfo("Custodian", "test", "Roubaix, France"))
                .service("/", rules -> rules.any(authenticator.route(QshRule.REQUEST,
                        (req, res) -> res.send(RequestTarget.of(req).canonical()))))
                .build()
                .start();
        host = new io.custodian.web.connect.testing.ConnectHost(CLOCK, "unused", "https://example.com")
                .target(server.port());
    }

    @AfterAll
    static void stopServer() {
        server.close();
        host.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void every_published_token_verifies_for_its_request_at_a_fixed_2016_clock(Vector vector) {
        AppJwtVerifier.VerifiedAppJwt verified = VERIFIER.verify(vector.token(),
                new RequestTarget("GET", vector.rawPath(), vector.rawQuery()), QshRule.REQUEST);

        assertThat(verified.clientKey()).isEqualTo(ISSUER);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void every_published_signed_url_is_accepted_over_http_with_the_raw_path_and_query_as_sent(Vector vector) {
        HttpResponse<String> response = host.get(vector.pathAndQuery(), null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(vector.canonicalUrl());
    }

    @Test
    void a_published_token_does_not_verify_for_another_request() {
        Vector simple = vectors().getFirst();

        assertThatThrownBy(() -> VERIFIER.verify(simple.token(),
                new RequestTarget("GET", "/test", "param=other"), QshRule.REQUEST))
                .hasMessageContaining("qsh");
        assertThat(host.get("/test?param=other&jwt=" + simple.token(), null).statusCode()).isEqualTo(401);
    }

    @Test
    void published_tokens_are_expired_by_now() {
        MutableClock today = new MutableClock();
        AppJwtVerifier verifier = new AppJwtVerifier(PUBLISHED_TENANT, Duration.ofSeconds(30), today);
        Vector simple = vectors().getFirst();

        assertThatThrownBy(() -> verifier.verify(simple.token(),
                new RequestTarget("GET", simple.rawPath(), simple.rawQuery()), QshRule.REQUEST))
                .hasMessageContaining("expired");
    }
}
