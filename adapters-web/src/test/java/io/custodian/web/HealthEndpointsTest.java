package io.custodian.web;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HealthEndpointsTest {

    private static final AtomicBoolean DATABASE_UP = new AtomicBoolean(true);
    private static final AtomicBoolean QUEUE_THROWS = new AtomicBoolean(false);

    private static CustodianWebServer server;
    private static TestHttp http;

    @BeforeAll
    static void startServer() {
        server = CustodianWebServer.builder()
                .settings(new WebSettings("127.0.0.1", 0, 1024))
                .serviceInfo(new ServiceInfo("Custodian", "0.1.0-SNAPSHOT", "Roubaix, France"))
                .readinessCheck(ReadinessCheck.of("database", DATABASE_UP::get))
                .readinessCheck(ReadinessCheck.of("queue", () -> {
                    if (QUEUE_THROWS.get()) {
                        throw new IllegalStateException("queue connection refused");
                    }
                    return true;
                }))
                .build()
                .start();
        http = new TestHttp(server.port());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void allChecksUp() {
        DATABASE_UP.set(true);
        QUEUE_THROWS.set(false);
    }

    @Test
    void health_is_200_with_the_documented_body_when_every_check_is_up() {
        HttpResponse<String> response = http.get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body()).isEqualTo("""
                {"status":"UP","name":"Custodian","version":"0.1.0-SNAPSHOT","dataLocation":"Roubaix, France",\
                "liveness":"UP","readiness":"UP",\
                "checks":[{"name":"database","status":"UP"},{"name":"queue","status":"UP"}]}""");
    }

    @Test
    void health_is_503_and_reports_the_check_down_when_a_check_returns_false() {
        DATABASE_UP.set(false);

        HttpResponse<String> response = http.get("/health");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).isEqualTo("""
                {"status":"DOWN","name":"Custodian","version":"0.1.0-SNAPSHOT","dataLocation":"Roubaix, France",\
                "liveness":"UP","readiness":"DOWN",\
                "checks":[{"name":"database","status":"DOWN"},{"name":"queue","status":"UP"}]}""");
    }

    @Test
    void a_check_that_throws_counts_as_down_and_never_causes_a_500() {
        QUEUE_THROWS.set(true);

        HttpResponse<String> response = http.get("/health");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(TestHttp.json(response))
                .containsEntry("status", "DOWN")
                .containsEntry("liveness", "UP")
                .containsEntry("readiness", "DOWN");
        assertThat(response.body())
                .contains("{\"name\":\"database\",\"status\":\"UP\"}")
                .contains("{\"name\":\"queue\",\"status\":\"DOWN\"}")
                .doesNotContain("connection refused");
    }

    @Test
    void ready_answers_like_health_when_up_and_when_down() {
        HttpResponse<String> health = http.get("/health");
        HttpResponse<String> ready = http.get("/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).isEqualTo(health.body());

        DATABASE_UP.set(false);
        HttpResponse<String> notReady = http.get("/health/ready");
        assertThat(notReady.statusCode()).isEqualTo(503);
        assertThat(notReady.body()).isEqualTo(http.get("/health").body());
    }

    @Test
    void live_is_200_up_even_when_not_ready() {
        DATABASE_UP.set(false);

        HttpResponse<String> response = http.get("/health/live");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void health_responses_are_never_stored_and_carry_the_security_headers() {
        for (String path : new String[] {"/health", "/health/ready", "/health/live"}) {
            HttpResponse<String> response = http.get(path);

            assertThat(response.headers().allValues("Cache-Control")).as(path).containsExactly("no-store");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        }
    }

    @Test
    void another_method_on_a_health_path_is_405_with_allow_get() {
        HttpResponse<String> response = http.method("POST", "/health");

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET");
        assertThat(TestHttp.json(response)).containsEntry("error", "method_not_allowed");
    }
}
