package io.custodian.server;

import io.custodian.server.testing.RunningServer;
import io.custodian.web.connect.testing.ConnectHost;
import io.custodian.web.connect.testing.Site;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.InstantSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The app data API through the real wiring and PostgreSQL: what the add-on stores, and what it may not. */
class DataApiEndToEndTest {

    private ConnectHost host;
    private CustodianServer server;
    private final Site site = Site.jira("acme");

    @BeforeEach
    void start() {
        host = new ConnectHost(InstantSource.system(), RunningServer.APP_KEY, RunningServer.BASE_URL);
        var env = RunningServer.environment(DataApiEndToEndTest.class);
        env.put("CUSTODIAN_INSTALL_KEYS_URL", host.keyServer().baseUrl().toString());
        server = RunningServer.start(env);
        host.target(server.port());
        assertThat(host.install(site).statusCode()).isEqualTo(204);
    }

    @AfterEach
    void stop() {
        server.close();
        host.close();
    }

    private long rows(String table) {
        var dsl = server.database().dsl();
        return dsl.fetchCount(dsl.selectFrom(table));
    }

    @Test
    void relations_twins_and_version_copies_are_stored_and_only_two_copies_are_kept() {
        assertThat(host.appJson(site, "PUT", "/connect/v1/relations/rel-1", "{\"remote\":\"https://other.example\"}")
                .statusCode()).isBetween(200, 201);
        assertThat(host.appJson(site, "PUT", "/connect/v1/relations/rel-1/twins/ISSUE-1",
                "{\"remoteInstance\":\"https://other.example\",\"remoteIssueId\":\"OTHER-9\"}").statusCode())
                .isBetween(200, 201);
        for (int version = 1; version <= 3; version++) {
            assertThat(host.appJson(site, "POST", "/connect/v1/relations/rel-1/twins/ISSUE-1/versions",
                    "{\"summary\":\"v" + version + "\"}").statusCode()).isBetween(200, 201);
        }

        var relations = host.appJson(site, "GET", "/connect/v1/relations", null);
        assertThat(relations.statusCode()).isEqualTo(200);
        assertThat(relations.body()).contains("rel-1");
        assertThat(rows("issue_version_copy")).isEqualTo(2);

        assertThat(host.appJson(site, "DELETE", "/connect/v1/relations/rel-1", null).statusCode()).isEqualTo(200);
        assertThat(rows("sync_relation") + rows("twin_trace") + rows("issue_version_copy")).isZero();
    }

    @Test
    void configuration_round_trips_and_usage_events_are_recorded() {
        assertThat(host.appJson(site, "PUT", "/connect/v1/configuration/mapping", "{\"fields\":[\"summary\"]}")
                .statusCode()).isEqualTo(201);
        var read = host.appJson(site, "GET", "/connect/v1/configuration/mapping", null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("summary");

        var usage = host.appJson(site, "POST", "/connect/v1/usage",
                "{\"events\":[{\"name\":\"sync.completed\",\"occurredAt\":\"" + InstantSource.system().instant()
                        + "\",\"count\":1}]}");
        assertThat(usage.statusCode()).isBetween(200, 204);
        assertThat(rows("usage_event")).isEqualTo(1);
    }

    @Test
    void invalid_bodies_are_refused_with_json_errors_and_store_nothing() {
        var malformed = host.appJson(site, "PUT", "/connect/v1/configuration/mapping", "{not json");
        var badId = host.appJson(site, "PUT", "/connect/v1/relations/bad%20id", "{}");

        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("\"error\"");
        assertThat(badId.statusCode()).isEqualTo(400);
        assertThat(rows("configuration_document") + rows("sync_relation")).isZero();
    }

    @Test
    void a_disabled_tenant_cannot_write() {
        host.disable(site);

        var refused = host.appJson(site, "PUT", "/connect/v1/configuration/mapping", "{}");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(rows("configuration_document")).isZero();
    }
}
