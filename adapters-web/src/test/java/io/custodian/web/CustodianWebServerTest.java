package io.custodian.web;

import java.net.http.HttpResponse;
import java.util.List;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpService;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustodianWebServerTest {

    private static final ServiceInfo INFO = new ServiceInfo("Custodian", "0.1.0-SNAPSHOT", "Roubaix, France");
    private static final WebSettings EPHEMERAL = new WebSettings("127.0.0.1", 0, 1024);
    private static final HttpService NOTHING = rules -> { };

    @Test
    void port_zero_binds_a_free_port_that_answers() {
        try (CustodianWebServer server = CustodianWebServer.builder().settings(EPHEMERAL).serviceInfo(INFO).build().start()) {
            assertThat(server.port()).isPositive();
            assertThat(new TestHttp(server.port()).get("/health/live").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void stop_is_idempotent_and_close_after_stop_is_harmless() {
        CustodianWebServer server = CustodianWebServer.builder().settings(EPHEMERAL).serviceInfo(INFO).build().start();

        server.stop();
        server.stop();
        server.close();

        assertThatThrownBy(server::port).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(server::start).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_server_never_started_can_be_stopped_and_reports_no_port() {
        CustodianWebServer server = CustodianWebServer.builder().settings(EPHEMERAL).serviceInfo(INFO).build();

        assertThatThrownBy(server::port).isInstanceOf(IllegalStateException.class);
        server.close();
    }

    @Test
    void builder_requires_settings_and_service_info() {
        assertThatThrownBy(() -> CustodianWebServer.builder().serviceInfo(INFO).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("settings");
        assertThatThrownBy(() -> CustodianWebServer.builder().settings(EPHEMERAL).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("serviceInfo");
    }

    @Test
    void builder_rejects_two_readiness_checks_with_the_same_name() {
        CustodianWebServer.Builder builder = CustodianWebServer.builder().settings(EPHEMERAL).serviceInfo(INFO)
                .readinessCheck(ReadinessCheck.of("database", () -> true))
                .readinessCheck(ReadinessCheck.of("database", () -> true));

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate readiness check name");
    }

    @Test
    void services_cannot_be_mounted_on_health_or_on_relative_prefixes() {
        CustodianWebServer.Builder builder = CustodianWebServer.builder();

        assertThatThrownBy(() -> builder.service("/health", NOTHING)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.service("/health/extra", NOTHING)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.service("staff/v1", NOTHING)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.service("/staff/v1/", NOTHING)).isInstanceOf(IllegalArgumentException.class);
        builder.service("/healthcare", NOTHING);
    }

    @Test
    void web_settings_reject_ports_outside_0_to_65535_and_non_positive_body_limits() {
        assertThatThrownBy(() -> new WebSettings("0.0.0.0", -1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WebSettings("0.0.0.0", 65_536, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WebSettings("0.0.0.0", 8080, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WebSettings(" ", 8080, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new WebSettings("0.0.0.0", 65_535, 1).port()).isEqualTo(65_535);
    }

    @Test
    void the_static_routing_and_listener_methods_compose_a_plain_helidon_server() {
        WebServerConfig.Builder config = WebServer.builder()
                .routing(routing -> CustodianWebServer.routing(routing, INFO,
                                                               List.of(ReadinessCheck.of("database", () -> true)),
                                                               List.of(new ServiceMount("/probe", new ProbeService()))));
        CustodianWebServer.listener(config, EPHEMERAL);
        WebServer server = config.build().start();
        try {
            TestHttp http = new TestHttp(server.port());

            HttpResponse<String> health = http.get("/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"checks\":[{\"name\":\"database\",\"status\":\"UP\"}]");
            assertThat(http.get("/probe/conflict").statusCode()).isEqualTo(409);
        } finally {
            server.stop();
        }
    }
}
