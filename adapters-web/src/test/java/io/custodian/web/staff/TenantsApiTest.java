package io.custodian.web.staff;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.custodian.domain.audit.AuditEntry;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.tenant.ClientKey;

import static org.assertj.core.api.Assertions.assertThat;

/** Tenant list, detail and forecast over HTTP: purposes, refusals, audit entries, paging, and no secret. */
class TenantsApiTest {

    private StaffApiTestApp app;
    private String support;

    @BeforeEach
    void start() {
        app = new StaffApiTestApp();
        app.fixture.custody.install("acme");
        app.fixture.custody.write("acme", ItemKind.SYNC_RELATION, "rel");
        support = app.tokenFor(app.fixture.custody.supportEngineer);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private List<AuditEntry> audit() {
        return app.fixture.audit();
    }

    @Test
    void the_detail_needs_a_purpose_and_the_refusal_is_a_403_json_that_is_audited() {
        var response = app.get("/tenants/acme", support);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(StaffApiTestApp.json(response)).containsEntry("error", "purpose_missing").containsKey("message");
        assertThat(audit()).last().satisfies(entry -> {
            assertThat(entry.content().action().code()).isEqualTo("tenant-data.read");
            assertThat(entry.content().outcome().code()).isEqualTo("REFUSED");
        });
    }

    @Test
    void the_detail_with_a_ticket_purpose_shows_account_data_inventory_and_deadlines_but_no_secret() {
        var response = app.get("/tenants/acme", support, "X-Custodian-Purpose", "ticket:SUP-1042");

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Object> body = StaffApiTestApp.json(response);
        assertThat(body).containsEntry("clientKey", "acme").containsEntry("state", "ACTIVE")
                .containsEntry("location", "Roubaix, France");
        assertThat(body.get("account")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("baseUrl", "https://acme.atlassian.net").doesNotContainKey("sharedSecret");
        assertThat(response.body()).doesNotContainIgnoringCase("secret").doesNotContain("shared-secret-of-acme");
        assertThat(response.body()).contains("\"kind\":\"SYNC_RELATION\"", "\"nextDeletionCause\":\"MAX_IDLE\"");
        AuditEntry entry = audit().getLast();
        assertThat(entry.content().outcome().code()).isEqualTo("ALLOWED");
        assertThat(entry.content().purpose()).hasValueSatisfying(purpose ->
                assertThat(purpose.describe()).isEqualTo("ticket SUP-1042"));
        assertThat(entry.content().tenant()).contains(app.fixture.pseudonymiser.pseudonymise(new ClientKey("acme")));
    }

    @Test
    void the_purpose_may_be_a_query_parameter_with_any_text() {
        var response = app.get("/tenants/acme?purpose=reason:client%20asked%20%E2%80%93%20sync%20stopped", support);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(audit().getLast().content().purpose()).hasValueSatisfying(purpose ->
                assertThat(purpose.describe()).isEqualTo("reason: client asked \u2013 sync stopped"));
    }

    @Test
    void a_malformed_or_conflicting_purpose_is_a_400() {
        var unknownKind = app.get("/tenants/acme", support, "X-Custodian-Purpose", "because");
        var blank = app.get("/tenants/acme", support, "X-Custodian-Purpose", "reason:   ");
        var conflicting = app.get("/tenants/acme?purpose=ticket:SUP-2", support, "X-Custodian-Purpose", "ticket:SUP-1");

        assertThat(List.of(unknownKind, blank, conflicting)).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(StaffApiTestApp.json(response)).containsEntry("error", "bad_request");
        });
        assertThat(audit()).isEmpty();
    }

    @Test
    void a_tenant_marked_for_deletion_is_read_only_for_a_ticket() {
        app.fixture.custody.uninstall("acme");

        var forReason = app.get("/tenants/acme", support, "X-Custodian-Purpose", "reason:curious");
        var forTicket = app.get("/tenants/acme", support, "X-Custodian-Purpose", "ticket:SUP-9");

        assertThat(forReason.statusCode()).isEqualTo(403);
        assertThat(StaffApiTestApp.json(forReason)).containsEntry("error", "support_ticket_required");
        assertThat(forTicket.statusCode()).isEqualTo(200);
        assertThat(StaffApiTestApp.json(forTicket)).containsEntry("state", "MARKED_FOR_DELETION")
                .containsKey("purgeDeadline");
    }

    @Test
    void an_unknown_tenant_is_404_only_with_a_purpose_and_a_privacy_officer_reads_no_tenant() {
        var unknown = app.get("/tenants/nobody", support, "X-Custodian-Purpose", "ticket:SUP-1");
        var officer = app.get("/tenants/acme", app.tokenFor(app.fixture.custody.privacyOfficer),
                "X-Custodian-Purpose", "ticket:SUP-1");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(StaffApiTestApp.json(unknown)).containsEntry("error", "tenant_not_found");
        assertThat(officer.statusCode()).isEqualTo(403);
        assertThat(StaffApiTestApp.json(officer)).containsEntry("error", "team_not_authorised");
    }

    @Test
    void the_forecast_lists_what_is_deleted_when() {
        var response = app.get("/tenants/acme/forecast?days=60", support, "X-Custodian-Purpose", "ticket:SUP-1");

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Object> body = StaffApiTestApp.json(response);
        assertThat(body).containsEntry("clientKey", "acme").containsEntry("totalItems", 1);
        assertThat(body.get("lines")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).singleElement()
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("kind", "SYNC_RELATION").containsEntry("cause", "MAX_IDLE").containsEntry("items", 1);
        assertThat(app.get("/tenants/acme/forecast?days=0", support, "X-Custodian-Purpose", "ticket:SUP-1")
                .statusCode()).isEqualTo(400);
        assertThat(app.get("/tenants/acme/forecast", support).statusCode()).isEqualTo(403);
    }

    @Test
    void the_list_is_paged_filtered_and_audited() {
        for (int i = 0; i < 4; i++) {
            app.fixture.custody.install("tenant-" + i);
        }
        app.fixture.custody.uninstall("tenant-2");

        var first = app.get("/tenants?size=2", support);
        var last = app.get("/tenants?page=2&size=2", support);
        var marked = app.get("/tenants?state=MARKED_FOR_DELETION", support);
        var searched = app.get("/tenants?q=NT-1", support);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(StaffApiTestApp.json(first)).containsEntry("total", 5).containsEntry("hasNext", true)
                .containsEntry("page", 0).containsEntry("size", 2);
        assertThat(StaffApiTestApp.items(first)).extracting(item -> item.get("clientKey"))
                .containsExactly("acme", "tenant-0");
        assertThat(StaffApiTestApp.items(last)).extracting(item -> item.get("clientKey")).containsExactly("tenant-3");
        assertThat(StaffApiTestApp.items(marked)).extracting(item -> item.get("clientKey")).containsExactly("tenant-2");
        assertThat(StaffApiTestApp.items(searched)).extracting(item -> item.get("clientKey")).containsExactly("tenant-1");
        assertThat(first.body()).doesNotContainIgnoringCase("secret");
        assertThat(audit()).extracting(entry -> entry.content().action().code()).containsOnly("tenant.list");
    }

    @Test
    void page_parameters_are_checked() {
        assertThat(List.of("/tenants?size=201", "/tenants?size=0", "/tenants?page=-1", "/tenants?page=x",
                "/tenants?size=2&size=3", "/tenants?state=GONE")).allSatisfy(path -> {
            var response = app.get(path, support);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(StaffApiTestApp.json(response)).containsEntry("error", "bad_request");
        });
        assertThat(app.get("/tenants?size=200", support).statusCode()).isEqualTo(200);
    }

    @Test
    void a_privacy_officer_does_not_see_the_tenant_list() {
        var response = app.get("/tenants", app.tokenFor(app.fixture.custody.privacyOfficer));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(StaffApiTestApp.json(response)).containsEntry("error", "team_not_authorised");
    }
}
