package io.custodian.desktop.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.custodian.desktop.api.StaffApiException.ConnectionRefused;
import io.custodian.desktop.api.StaffApiException.TimedOut;
import io.custodian.desktop.api.StaffApiException.UnexpectedAnswer;
import io.custodian.desktop.api.StaffApiException.UnknownHost;
import io.custodian.desktop.testing.StubHttpServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class StaffApiClientTest {

    static final String UP = """
            {"status":"UP","name":"Custodian","version":"0.1.0-SNAPSHOT","dataLocation":"Roubaix, France",\
            "liveness":"UP","readiness":"UP","checks":[{"name":"database","status":"UP"}]}""";
    static final String DOWN = """
            {"status":"DOWN","name":"Custodian","version":"0.1.0-SNAPSHOT","dataLocation":"Roubaix, France",\
            "liveness":"UP","readiness":"DOWN","checks":[{"name":"database","status":"DOWN"},{"name":"disk","status":"UP"}]}""";

    private static final HttpClient HTTP = StaffApiClient.newHttpClient(Duration.ofSeconds(2));

    @AfterAll
    static void closeHttpClient() {
        HTTP.close();
    }

    @Test
    void reads_the_up_answer_of_GET_health() throws Exception {
        try (StubHttpServer server = StubHttpServer.answering(200, "application/json", UP)) {
            ServerHealth health = client(server.baseUri()).health();

            assertThat(health).isEqualTo(new ServerHealth(HealthStatus.UP, "Custodian", "0.1.0-SNAPSHOT",
                    "Roubaix, France", HealthStatus.UP, HealthStatus.UP,
                    List.of(new HealthCheck("database", HealthStatus.UP))));
            assertThat(server.requests()).containsExactly("GET /health");
        }
    }

    @Test
    void reads_the_body_of_a_503_as_down_with_the_failing_checks() throws Exception {
        try (StubHttpServer server = StubHttpServer.answering(503, "application/json", DOWN)) {
            ServerHealth health = client(server.baseUri()).health();

            assertThat(health.status()).isEqualTo(HealthStatus.DOWN);
            assertThat(health.readiness()).isEqualTo(HealthStatus.DOWN);
            assertThat(health.failingCheckNames()).containsExactly("database");
        }
    }

    @Test
    void ignores_unknown_properties_and_reads_unknown_status_values_as_unknown() throws Exception {
        String body = """
                {"status":"DEGRADED","uptimeSeconds":12,"version":"0.2.0",\
                "checks":[{"name":"database","status":"UP","latencyMillis":3}]}""";
        try (StubHttpServer server = StubHttpServer.answering(200, "application/json", body)) {
            ServerHealth health = client(server.baseUri()).health();

            assertThat(health.status()).isEqualTo(HealthStatus.UNKNOWN);
            assertThat(health.version()).isEqualTo("0.2.0");
            assertThat(health.dataLocation()).isNull();
            assertThat(health.checks()).containsExactly(new HealthCheck("database", HealthStatus.UP));
        }
    }

    @Test
    void a_body_that_is_not_json_is_an_unexpected_answer() {
        try (StubHttpServer server = StubHttpServer.answering(200, "text/html", "<html>It works!</html>")) {
            assertThat(problemOf(server.baseUri())).isInstanceOfSatisfying(UnexpectedAnswer.class, answer -> {
                assertThat(answer.httpStatus()).isEqualTo(200);
                assertThat(answer.contentType()).isEqualTo("text/html");
                assertThat(answer.uri()).isEqualTo(server.baseUri().resolve("health"));
            });
        }
    }

    @Test
    void json_without_a_status_is_an_unexpected_answer() {
        try (StubHttpServer server = StubHttpServer.answering(200, "application/json", "{\"hello\":\"world\"}")) {
            assertThat(problemOf(server.baseUri())).isInstanceOf(UnexpectedAnswer.class);
        }
    }

    @Test
    void a_503_without_health_json_is_an_unexpected_answer() {
        try (StubHttpServer server = StubHttpServer.answering(503, "text/plain", "Service Unavailable")) {
            assertThat(problemOf(server.baseUri())).isInstanceOfSatisfying(UnexpectedAnswer.class,
                    answer -> assertThat(answer.httpStatus()).isEqualTo(503));
        }
    }

    @Test
    void another_status_is_an_unexpected_answer_even_with_a_health_body() {
        try (StubHttpServer server = StubHttpServer.answering(404, "application/json", UP)) {
            assertThat(problemOf(server.baseUri())).isInstanceOfSatisfying(UnexpectedAnswer.class,
                    answer -> assertThat(answer.httpStatus()).isEqualTo(404));
        }
    }

    @Test
    void nothing_listening_is_a_refused_connection() {
        assertThat(problemOf(StubHttpServer.refusingConnections())).isInstanceOf(ConnectionRefused.class);
    }

    @Test
    void a_host_that_does_not_resolve_is_an_unknown_host() {
        // .invalid never resolves (RFC 2606)
        assertThat(problemOf(URI.create("http://custodian.invalid/"))).isInstanceOf(UnknownHost.class);
    }

    @Test
    void no_answer_within_the_request_timeout_is_a_timeout() {
        try (StubHttpServer server = StubHttpServer.neverAnswering()) {
            Duration limit = Duration.ofMillis(300);
            StaffApiException e = catchThrowableOfType(StaffApiException.class,
                    () -> new StaffApiClient(address(server.baseUri()), HTTP, limit).health());

            assertThat(e.problem()).isEqualTo(new TimedOut(server.baseUri().resolve("health"), limit));
        }
    }

    private static StaffApiClient client(URI baseUri) {
        return new StaffApiClient(address(baseUri), HTTP, Duration.ofSeconds(5));
    }

    private static StaffApiException.Problem problemOf(URI baseUri) {
        StaffApiException e = catchThrowableOfType(StaffApiException.class, () -> client(baseUri).health());
        assertThat(e).as("health() of %s should fail", baseUri).isNotNull();
        return e.problem();
    }

    private static ServerAddress address(URI baseUri) {
        return new ServerAddress(baseUri);
    }
}
