package io.custodian.server;

import io.custodian.persistence.EmbeddedPostgresServer;
import io.custodian.persistence.testing.TestDatabase;
import io.custodian.server.config.SettingsLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The real wiring: configuration → database → web server, over HTTP. */
class CustodianServerTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static Map<String, String> externalDatabase(Path dataDir) {
        var db = TestDatabase.freshDatabase(CustodianServerTest.class);
        var env = new HashMap<String, String>();
        env.put("CUSTODIAN_PORT", "0");
        env.put("CUSTODIAN_HOST", "127.0.0.1");
        env.put("CUSTODIAN_DATA_DIR", dataDir.toString());
        env.put("CUSTODIAN_DB_URL", db.jdbcUrl());
        env.put("CUSTODIAN_DB_USER", db.user());
        env.put("CUSTODIAN_DB_PASSWORD", db.password());
        return env;
    }

    @Test
    void health_reports_up_with_the_database_up_version_and_location(@TempDir Path dataDir) throws Exception {
        try (var server = CustodianServer.start(new SettingsLoader(externalDatabase(dataDir)).load())) {
            var response = get(server, "/health");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body())
                    .contains("\"status\":\"UP\"")
                    .contains("\"name\":\"database\",\"status\":\"UP\"")
                    .contains("\"dataLocation\":\"Roubaix, France\"")
                    .contains("\"version\":\"" + BuildInfo.version() + "\"");
        }
    }

    @Test
    void health_answers_503_when_the_database_becomes_unreachable(@TempDir Path dataDir) throws Exception {
        var postgres = EmbeddedPostgresServer.startTemporary();
        var db = postgres.settingsFor("custodian");
        var env = externalDatabase(dataDir);
        env.put("CUSTODIAN_DB_URL", db.jdbcUrl());
        env.put("CUSTODIAN_DB_CONNECT_TIMEOUT", "PT1S");
        try (var server = CustodianServer.start(new SettingsLoader(env).load())) {
            assertThat(get(server, "/health").statusCode()).isEqualTo(200);

            postgres.close();

            var response = get(server, "/health");
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).contains("\"status\":\"DOWN\"").contains("\"name\":\"database\",\"status\":\"DOWN\"");
        }
    }

    @Test
    void unknown_route_is_a_json_404(@TempDir Path dataDir) throws Exception {
        try (var server = CustodianServer.start(new SettingsLoader(externalDatabase(dataDir)).load())) {
            var response = get(server, "/no/such/route");

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).contains("\"error\":\"not_found\"");
        }
    }

    @Test
    void embedded_database_keeps_data_in_the_data_directory_across_restarts(@TempDir Path dataDir) throws Exception {
        var env = new HashMap<String, String>();
        env.put("CUSTODIAN_PORT", "0");
        env.put("CUSTODIAN_HOST", "127.0.0.1");
        env.put("CUSTODIAN_DATA_DIR", dataDir.toString());
        var settings = new SettingsLoader(env).load();

        try (var server = CustodianServer.start(settings)) {
            assertThat(get(server, "/health").statusCode()).isEqualTo(200);
            server.database().dsl().execute("create table restart_probe (id int)");
            server.database().dsl().execute("insert into restart_probe values (42)");
        }
        try (var server = CustodianServer.start(settings)) {
            assertThat(server.database().dsl().fetchValue("select id from restart_probe")).isEqualTo(42);
            assertThat(dataDir.resolve("postgres")).isDirectory();
        }
    }

    private static HttpResponse<String> get(CustodianServer server, String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void development_mode_seeds_demo_data_once_into_an_empty_database(@TempDir Path dataDir) {
        var env = externalDatabase(dataDir);
        env.put("CUSTODIAN_DEMO_DATA", "true");
        var settings = new SettingsLoader(env).load();

        try (var server = CustodianServer.start(settings)) {
            var services = server.services();
            assertThat(services.tenants().find(new io.custodian.domain.tenant.ClientKey("demo-acme"))).isPresent();
            assertThat(services.identity().administer().list()).hasSize(2);
            assertThat(DemoData.seedIfEmpty(services)).as("not seeded twice").isFalse();
        }
    }

    @Test
    void production_mode_never_seeds_demo_data() {
        var settings = new SettingsLoader(Map.of("CUSTODIAN_MODE", "production",
                "CUSTODIAN_BASE_URL", "https://custodian.example.com", "CUSTODIAN_DEMO_DATA", "true")).load();

        assertThat(settings.data().demo()).isFalse();
    }
}
