package io.custodian.server;

import io.custodian.server.testing.RunningServer;
import io.custodian.web.connect.testing.ConnectHost;
import io.custodian.web.connect.testing.Site;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.InstantSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Atlassian Connect through the real server wiring: signed installs, app requests, encrypted secrets at rest. */
class ConnectEndToEndTest {

    private ConnectHost host;
    private CustodianServer server;
    private final Site site = Site.jira("acme");

    @BeforeEach
    void start() {
        host = new ConnectHost(InstantSource.system(), RunningServer.APP_KEY, RunningServer.BASE_URL);
        var env = RunningServer.environment(ConnectEndToEndTest.class);
        env.put("CUSTODIAN_INSTALL_KEYS_URL", host.keyServer().baseUrl().toString());
        server = RunningServer.start(env);
        host.target(server.port());
    }

    @AfterEach
    void stop() {
        server.close();
        host.close();
    }

    @Test
    void install_then_app_request_returns_the_tenant_without_its_secret() {
        assertThat(host.install(site).statusCode()).isEqualTo(204);

        var tenant = host.appGet(site, "/connect/v1/tenant");

        assertThat(tenant.statusCode()).isEqualTo(200);
        assertThat(tenant.body()).contains(site.clientKey()).contains("ACTIVE").contains("Roubaix, France")
                .doesNotContain(site.sharedSecret());
        assertThat(tenant.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    }

    @Test
    void the_shared_secret_is_stored_only_encrypted() {
        host.install(site);

        var stored = server.database().dsl()
                .fetchValue("select shared_secret_ciphertext from tenant where client_key = ?", site.clientKey());

        assertThat(new String((byte[]) stored, StandardCharsets.ISO_8859_1)).doesNotContain(site.sharedSecret());
        assertThat(server.database().dsl().fetchCount(server.database().dsl().selectFrom("tenant_data_key")))
                .isEqualTo(1);
    }

    @Test
    void full_lifecycle_disable_refuses_app_requests_enable_restores_uninstall_marks_reinstall_restores() {
        host.install(site);
        host.enable(site);

        assertThat(host.disable(site).statusCode()).isEqualTo(204);
        assertThat(host.appGet(site, "/connect/v1/tenant").statusCode()).isEqualTo(403);

        assertThat(host.enable(site).statusCode()).isEqualTo(204);
        assertThat(host.appGet(site, "/connect/v1/tenant").statusCode()).isEqualTo(200);

        assertThat(host.uninstall(site).statusCode()).isEqualTo(204);
        assertThat(state()).isEqualTo("MARKED_FOR_DELETION");
        assertThat(host.appGet(site, "/connect/v1/tenant").statusCode()).isIn(401, 403);

        var reinstalled = site.withSecret("a-new-secret-after-reinstall-0123456789");
        assertThat(host.install(reinstalled).statusCode()).isEqualTo(204);
        assertThat(state()).isEqualTo("ACTIVE");
        assertThat(host.appGet(reinstalled, "/connect/v1/tenant").statusCode()).isEqualTo(200);
        assertThat(host.appGet(site, "/connect/v1/tenant").statusCode()).as("the old secret is replaced").isEqualTo(401);
    }

    @Test
    void an_unsigned_reinstall_cannot_take_over_an_existing_tenant() {
        host.install(site);
        var attacker = site.withSecret("attacker-chosen-secret-000000000000000");

        var response = host.lifecycle("installed", null, attacker.lifecycleBody(RunningServer.APP_KEY, "installed"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("\"error\"");
        assertThat(host.appGet(site, "/connect/v1/tenant").statusCode()).isEqualTo(200);
        assertThat(host.appGet(attacker, "/connect/v1/tenant").statusCode()).isEqualTo(401);
    }

    @Test
    void the_descriptor_names_the_configured_key_and_base_url() {
        var descriptor = host.get("/atlassian-connect.json", null);

        assertThat(descriptor.statusCode()).isEqualTo(200);
        assertThat(descriptor.body()).contains("\"key\":\"" + RunningServer.APP_KEY + "\"")
                .contains("\"baseUrl\":\"" + RunningServer.BASE_URL + "\"")
                .contains("signed-install").contains("context-qsh");
    }

    private String state() {
        return server.database().dsl()
                .fetchValue("select state from tenant where client_key = ?", site.clientKey()).toString();
    }
}
