package io.custodian.server;

import io.custodian.domain.access.Role;
import io.custodian.domain.access.StaffMember;
import io.custodian.domain.access.Team;
import io.custodian.web.staff.StaffApiModule;
import io.custodian.web.staff.StaffEndpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route of the staff API (the list the OpenAPI check compares with {@code openapi.yaml}) through the real wiring:
 * refused with 401 and a JSON body without a token, with an expired token, with a logged-out token, with the token of
 * an account disabled since, and with the token of a subcontractor whose contract ended after they signed in: their
 * sessions stop being valid on every route at once. A token of staff in service gets past authentication everywhere.
 */
class StaffApiAuthenticationEndToEndTest {

    /** 21:30 UTC; sessions last two hours. */
    private static final Instant START = Instant.parse("2026-03-01T21:30:00Z");

    private static StaffApiHarness harness;
    private static String expired;
    private static String endedSubcontractor;
    private static String loggedOut;
    private static String disabled;
    private static StaffMember support;

    @BeforeAll
    static void signInEveryoneThenLetThingsChange() {
        harness = new StaffApiHarness(StaffApiAuthenticationEndToEndTest.class, START,
                Map.of("CUSTODIAN_STAFF_SESSION_TTL", "PT2H"));
        support = harness.employee("support", Team.SUPPORT, Role.SUPPORT_ENGINEER);
        StaffMember officer = harness.employee("officer", Team.OTHER, Role.PRIVACY_OFFICER);
        StaffMember leaving = harness.employee("leaving", Team.DEVELOPMENT, Role.DEVELOPER);
        expired = harness.login(support);                       // 21:30, expires 23:30

        harness.clock.advance(Duration.ofMinutes(130));         // 23:40: the first session has expired
        StaffMember subcontractor = harness.subcontractorUntilToday("contractor");
        endedSubcontractor = harness.login(subcontractor);      // contract in force until midnight
        loggedOut = harness.login(support);
        assertThat(harness.send("DELETE", "/sessions/current", loggedOut, null).statusCode()).isEqualTo(204);
        disabled = harness.login(leaving);
        assertThat(harness.send("POST", "/staff/" + leaving.id() + "/disable", harness.login(officer), null)
                .statusCode()).isEqualTo(200);

        harness.clock.advance(Duration.ofMinutes(30));          // 00:10: the contract has ended, sessions live on
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    static Stream<StaffEndpoint> authenticatedEndpoints() {
        return StaffApiModule.endpoints().stream().filter(StaffEndpoint::authenticated);
    }

    private static HttpResponse<String> call(StaffEndpoint endpoint, String token) {
        String path = endpoint.path().replace("{clientKey}", "acme").replace("{id}", UUID.randomUUID().toString());
        String body = switch (endpoint.method().text()) {
            case "POST", "PUT" -> "{}";
            default -> null;
        };
        return harness.send(endpoint.method().text(), path, token, body, "X-Custodian-Purpose", "ticket:SUP-1");
    }

    private static void assertUnauthorized(StaffEndpoint endpoint, String token, String why) {
        var response = call(endpoint, token);
        assertThat(response.statusCode()).as(endpoint.key() + " " + why).isEqualTo(401);
        assertThat(StaffApiHarness.json(response)).as(endpoint.key() + " " + why)
                .containsEntry("error", "unauthorized").containsKey("message");
    }

    @ParameterizedTest
    @MethodSource("authenticatedEndpoints")
    void refuses_without_token_with_expired_logged_out_disabled_and_ended_contract_tokens(StaffEndpoint endpoint) {
        assertUnauthorized(endpoint, null, "without token");
        assertUnauthorized(endpoint, expired, "with an expired token");
        assertUnauthorized(endpoint, loggedOut, "after logout");
        assertUnauthorized(endpoint, disabled, "for a disabled account");
        assertUnauthorized(endpoint, endedSubcontractor, "for a subcontractor whose contract ended");
        assertUnauthorized(endpoint, "not-a-token", "with a malformed token");
    }

    @ParameterizedTest
    @MethodSource("authenticatedEndpoints")
    void lets_staff_in_service_past_authentication_without_a_server_error(StaffEndpoint endpoint) {
        var response = call(endpoint, harness.login(support)); // a session of its own: one case signs out

        assertThat(response.statusCode()).as(endpoint.key()).isNotEqualTo(401).isLessThan(500);
    }

    @Test
    void the_subcontractor_whose_contract_ended_cannot_sign_in_again() {
        var response = harness.send("POST", "/sessions", null,
                "{\"login\":\"contractor\",\"password\":\"" + StaffApiHarness.PASSWORD + "\"}");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(StaffApiHarness.json(response)).containsEntry("error", "invalid_credentials");
    }

    @Test
    void the_only_public_routes_are_login_the_openapi_document_and_the_receipt_public_key() {
        assertThat(StaffApiModule.endpoints().stream().filter(endpoint -> !endpoint.authenticated())
                .map(StaffEndpoint::key)).containsExactlyInAnyOrder("POST /sessions", "GET /openapi.yaml",
                "GET /receipts/public-key");
        assertThat(harness.get("/openapi.yaml", null).statusCode()).isEqualTo(200);
        assertThat(harness.get("/receipts/public-key", null).statusCode()).isEqualTo(200);
    }
}
