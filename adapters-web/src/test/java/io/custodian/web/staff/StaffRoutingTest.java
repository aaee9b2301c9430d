package io.custodian.web.staff;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Routing details: 405 with Allow, JSON 404, the path guard, the retention status. */
class StaffRoutingTest {

    private static StaffApiTestApp app;
    private static String developer;

    @BeforeAll
    static void start() {
        app = new StaffApiTestApp();
        developer = app.tokenFor(app.fixture.developer);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void an_unrouted_method_is_405_with_allow() {
        var response = app.send("PATCH", "/deletion-requests", developer, "{}");

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("POST, GET");
        assertThat(StaffApiTestApp.json(response)).containsEntry("error", "method_not_allowed");
    }

    @Test
    void an_unknown_path_is_a_json_404() {
        var response = app.get("/nothing-here", developer);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(StaffApiTestApp.json(response)).containsEntry("error", "not_found");
    }

    @Test
    void dot_segments_and_encoded_slashes_are_refused() {
        assertThat(app.get("/tenants/x/%2e%2e/%2e%2e/receipts", developer).statusCode()).isEqualTo(400);
        assertThat(app.get("/tenants/a%2Fb", developer, "X-Custodian-Purpose", "ticket:S-1").statusCode())
                .isEqualTo(400);
    }

    @Test
    void the_retention_status_reports_nothing_overdue() {
        var response = app.get("/retention/overdue", developer);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(StaffApiTestApp.json(response)).containsEntry("overdueItems", 0).containsEntry("onSchedule", true)
                .containsEntry("tolerance", "PT20M").containsEntry("oldestOverdueSeconds", 0);
    }

    @Test
    void the_public_key_is_pem() {
        var response = app.get("/receipts/public-key", null);

        assertThat(StaffApiTestApp.json(response)).containsEntry("keyId", "test-receipts")
                .containsEntry("algorithm", "Ed25519");
        assertThat((String) StaffApiTestApp.json(response).get("pem")).startsWith("-----BEGIN PUBLIC KEY-----");
    }
}
