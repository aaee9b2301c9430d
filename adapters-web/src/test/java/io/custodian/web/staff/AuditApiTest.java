package io.custodian.web.staff;

import java.util.ArrayList;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.custodian.domain.audit.AuditAction;
import io.custodian.domain.audit.AuditDraft;
import io.custodian.domain.audit.AuditEntry;
import io.custodian.domain.tenant.ClientKey;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit log and its verification over HTTP. */
class AuditApiTest {

    private StaffApiTestApp app;
    private String support;
    private String developer;

    @BeforeEach
    void start() {
        app = new StaffApiTestApp();
        app.fixture.custody.install("acme");
        app.fixture.custody.install("globex");
        support = app.tokenFor(app.fixture.custody.supportEngineer);
        developer = app.tokenFor(app.fixture.developer);
        app.get("/tenants/acme", support, "X-Custodian-Purpose", "ticket:SUP-1");
        app.get("/tenants/globex", developer, "X-Custodian-Purpose", "reason:checking a sync error");
        app.get("/tenants/acme", developer);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void lists_entries_in_chain_order_filtered_by_tenant_or_staff() {
        var all = app.get("/audit", developer);
        var acme = app.get("/audit?tenant=acme", developer);
        var bySupport = app.get("/audit?staff=" + app.fixture.custody.supportEngineer.id(), developer);

        assertThat(StaffApiTestApp.items(all)).extracting(entry -> entry.get("sequence")).containsExactly(1, 2, 3);
        String acmePseudonym = app.fixture.pseudonymiser.pseudonymise(new ClientKey("acme")).value();
        assertThat(StaffApiTestApp.items(acme)).hasSize(2).allSatisfy(entry ->
                assertThat(entry).containsEntry("tenant", acmePseudonym));
        assertThat(StaffApiTestApp.items(bySupport)).singleElement().satisfies(entry -> {
            assertThat(entry).containsEntry("action", "tenant-data.read").containsEntry("outcome", "ALLOWED")
                    .containsEntry("category", "ACCOUNT");
            assertThat(entry.get("purpose")).isEqualTo(Map.of("kind", "ticket", "text", "SUP-1"));
        });
        assertThat(all.body()).doesNotContain("\"acme\"", "\"globex\"");
        assertThat(app.get("/audit?staff=nobody", developer).statusCode()).isEqualTo(400);
    }

    @Test
    void verification_reports_an_intact_chain_and_where_a_tampered_one_breaks() {
        var intact = StaffApiTestApp.json(app.get("/audit/verification", developer));
        assertThat(intact).containsEntry("intact", true).containsEntry("entries", 3).containsKey("headHash");

        app.fixture.custody.auditTrail.tamper(entries -> {
            var changed = new ArrayList<>(entries);
            AuditEntry second = changed.get(1);
            AuditDraft content = second.content();
            changed.set(1, new AuditEntry(second.sequence(), new AuditDraft(content.actor(),
                    new AuditAction("tenant-data.nothing-to-see"), content.subject(), content.tenant(),
                    content.category(), content.purpose(), content.at(), content.outcome()),
                    second.previousHash(), second.hash()));
            return changed;
        });

        var broken = StaffApiTestApp.json(app.get("/audit/verification", developer));
        assertThat(broken).containsEntry("intact", false).containsEntry("brokenAt", 2).containsEntry("entries", 1);
        assertThat((String) broken.get("reason")).contains("entry 2 was modified");
    }
}
