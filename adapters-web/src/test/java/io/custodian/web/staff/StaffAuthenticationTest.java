package io.custodian.web.staff;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every staff route (the same list the OpenAPI check uses) refuses, with 401 and a JSON body, a request without a
 * token, with a malformed header, with an expired token, and with the token of a subcontractor whose contract has ended
 * or of a disabled account; the public routes answer without a token.
 */
class StaffAuthenticationTest {

    private static StaffApiTestApp app;

    @BeforeAll
    static void start() {
        app = new StaffApiTestApp();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** The endpoint's path with sample values for its parameters. */
    static String samplePath(StaffEndpoint endpoint) {
        return endpoint.path()
                .replace("{clientKey}", "acme")
                .replace("{id}", UUID.randomUUID().toString());
    }

    private static HttpResponse<String> call(StaffEndpoint endpoint, String token) {
        String body = switch (endpoint.method().text()) {
            case "POST", "PUT" -> "{}";
            default -> null;
        };
        return app.send(endpoint.method().text(), samplePath(endpoint), token, body,
                "X-Custodian-Purpose", "ticket:SUP-1");
    }

    private static void assertUnauthorized(StaffEndpoint endpoint, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(endpoint.key()).isEqualTo(401);
        assertThat(StaffApiTestApp.json(response)).containsEntry("error", "unauthorized").containsKey("message");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value ->
                assertThat(value).startsWith("Bearer"));
    }

    @ParameterizedTest
    @EnumSource(StaffEndpoint.class)
    void refuses_a_request_without_a_token(StaffEndpoint endpoint) {
        var response = call(endpoint, null);
        if (endpoint.authenticated()) {
            assertUnauthorized(endpoint, response);
        } else {
            assertThat(response.statusCode()).as(endpoint.key()).isNotEqualTo(401).isLessThan(500);
        }
    }

    @ParameterizedTest
    @EnumSource(value = StaffEndpoint.class, mode = EnumSource.Mode.EXCLUDE,
            names = {"OPENAPI", "LOGIN", "RECEIPT_PUBLIC_KEY"})
    void refuses_a_malformed_authorization_header(StaffEndpoint endpoint) {
        var basic = app.send(endpoint.method().text(), samplePath(endpoint), null, null,
                "Authorization", "Basic dXNlcjpwYXNz");
        var empty = app.send(endpoint.method().text(), samplePath(endpoint), null, null, "Authorization", "Bearer ");

        assertUnauthorized(endpoint, basic);
        assertUnauthorized(endpoint, empty);
    }

    @ParameterizedTest
    @EnumSource(value = StaffEndpoint.class, mode = EnumSource.Mode.EXCLUDE,
            names = {"OPENAPI", "LOGIN", "RECEIPT_PUBLIC_KEY"})
    void refuses_an_expired_token(StaffEndpoint endpoint) {
        String token;
        synchronized (StaffAuthenticationTest.class) {
            token = app.tokenFor(app.fixture.developer);
            app.fixture.custody.clock.advance(StaffApiTestApp.SESSION_LENGTH);
        }
        assertUnauthorized(endpoint, call(endpoint, token));
    }

    @ParameterizedTest
    @EnumSource(value = StaffEndpoint.class, mode = EnumSource.Mode.EXCLUDE,
            names = {"OPENAPI", "LOGIN", "RECEIPT_PUBLIC_KEY"})
    void refuses_a_subcontractor_whose_contract_has_ended(StaffEndpoint endpoint) {
        assertUnauthorized(endpoint, call(endpoint, app.tokenFor(app.fixture.endedSubcontractor)));
    }

    @ParameterizedTest
    @EnumSource(value = StaffEndpoint.class, mode = EnumSource.Mode.EXCLUDE,
            names = {"OPENAPI", "LOGIN", "RECEIPT_PUBLIC_KEY"})
    void refuses_a_disabled_account(StaffEndpoint endpoint) {
        assertUnauthorized(endpoint, call(endpoint, app.tokenFor(app.fixture.disabled)));
    }

    @Test
    void the_ended_subcontractor_cannot_sign_in_either() {
        app.password(app.fixture.endedSubcontractor, "correct horse battery staple");

        var response = app.send("POST", "/sessions", null, "{\"login\":\""
                + app.fixture.endedSubcontractor.loginName().value() + "\",\"password\":\"correct horse battery staple\"}");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(StaffApiTestApp.json(response)).containsEntry("error", "invalid_credentials");
    }

    @Test
    void a_valid_token_of_staff_in_service_is_let_through() {
        var response = app.get("/me", app.tokenFor(app.fixture.developer));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(StaffApiTestApp.json(response)).containsEntry("id", app.fixture.developer.id().toString());
    }

    @Test
    void the_public_routes_answer_without_a_token() {
        assertThat(app.get("/openapi.yaml", null).statusCode()).isEqualTo(200);
        assertThat(app.get("/receipts/public-key", null).statusCode()).isEqualTo(200);
        assertThat(app.send("POST", "/sessions", null, "{}").statusCode()).isEqualTo(400);
    }
}
