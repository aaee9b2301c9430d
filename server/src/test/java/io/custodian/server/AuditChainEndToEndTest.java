package io.custodian.server;

import io.custodian.domain.access.Role;
import io.custodian.domain.access.StaffMember;
import io.custodian.domain.access.Team;
import io.custodian.web.connect.testing.Site;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.custodian.persistence.jooq.Tables.AUDIT_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit chain through the real wiring: it verifies after a mixed workload of staff reads, refusals, logins, the
 * support desk and an early deletion; after one row is altered in the database (its append-only trigger disabled by
 * the test database's superuser, as an attacker with that power could), {@code GET /audit/verification} reports the
 * chain broken at exactly that entry.
 */
class AuditChainEndToEndTest {

    private static final String PURPOSE = "X-Custodian-Purpose";

    private StaffApiHarness harness;

    @BeforeEach
    void start() {
        harness = new StaffApiHarness(AuditChainEndToEndTest.class);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private void mixedWorkload() {
        StaffMember support = harness.employee("sam", Team.SUPPORT, Role.SUPPORT_ENGINEER);
        StaffMember developer = harness.employee("dev", Team.DEVELOPMENT, Role.DEVELOPER);
        StaffMember officer = harness.employee("olga", Team.OTHER, Role.PRIVACY_OFFICER);
        String supportToken = harness.login(support);
        String developerToken = harness.login(developer);
        String officerToken = harness.login(officer);
        Site acme = harness.install("acme");
        Site globex = harness.install("globex");
        harness.host.appJson(acme, "PUT", "/connect/v1/relations/rel", "{\"remote\":\"https://other.example\"}");

        harness.get("/tenants", supportToken);
        harness.get("/tenants", officerToken);                                          // refused: team
        harness.get("/tenants/" + acme.clientKey(), supportToken, PURPOSE, "ticket:SUP-1");
        harness.get("/tenants/" + acme.clientKey(), developerToken);                     // refused: no purpose
        harness.get("/tenants/" + globex.clientKey() + "/forecast", developerToken, PURPOSE, "reason:capacity check");
        String ticket = harness.reportProblem(acme, "Sync stopped");
        harness.get("/tickets/" + ticket + "/bundle", supportToken, PURPOSE, "ticket:" + ticket);
        harness.send("POST", "/tickets/" + ticket + "/resolve", developerToken, null);
        var request = harness.send("POST", "/deletion-requests", supportToken,
                "{\"clientKey\":\"" + globex.clientKey() + "\",\"customerReference\":\"SUP-9\"}");
        String id = (String) StaffApiHarness.json(request).get("id");
        harness.send("POST", "/deletion-requests/" + id + "/approve", officerToken, null);
        harness.send("POST", "/deletion-requests/" + id + "/execute", supportToken, null);
        harness.send("POST", "/sessions", null, "{\"login\":\"sam\",\"password\":\"wrong password here\"}");
    }

    @Test
    void the_chain_verifies_after_a_mixed_workload_and_breaks_exactly_where_a_row_was_altered() {
        mixedWorkload();
        String token = harness.login(harness.employee("auditor", Team.SUPPORT, Role.SUPPORT_ENGINEER));

        Map<String, Object> intact = StaffApiHarness.json(harness.get("/audit/verification", token));

        var dsl = harness.server.database().dsl();
        long entries = dsl.fetchCount(AUDIT_ENTRY);
        assertThat(entries).isGreaterThan(20);
        assertThat(intact).containsEntry("intact", true).containsEntry("brokenAt", null);
        assertThat(((Number) intact.get("entries")).longValue()).isEqualTo(entries);
        assertThat(dsl.selectDistinct(AUDIT_ENTRY.ACTION).from(AUDIT_ENTRY).fetch(AUDIT_ENTRY.ACTION)).contains(
                "staff.login", "tenant.list", "tenant-data.read", "support-bundle.download", "support-ticket.resolve",
                "deletion-request.create", "deletion-request.approve", "deletion-request.execute", "tenant.purge");

        long tampered = dsl.select(AUDIT_ENTRY.SEQUENCE).from(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.ACTION.eq("tenant-data.read")).and(AUDIT_ENTRY.OUTCOME.eq("REFUSED"))
                .orderBy(AUDIT_ENTRY.SEQUENCE).limit(1).fetchSingle(AUDIT_ENTRY.SEQUENCE);
        dsl.execute("alter table audit_entry disable trigger all");
        try {
            dsl.update(AUDIT_ENTRY).set(AUDIT_ENTRY.OUTCOME, "ALLOWED").setNull(AUDIT_ENTRY.OUTCOME_REASON)
                    .where(AUDIT_ENTRY.SEQUENCE.eq(tampered)).execute();
        } finally {
            dsl.execute("alter table audit_entry enable trigger all");
        }

        Map<String, Object> broken = StaffApiHarness.json(harness.get("/audit/verification", token));

        assertThat(broken).containsEntry("intact", false);
        assertThat(((Number) broken.get("brokenAt")).longValue()).isEqualTo(tampered);
        assertThat(((Number) broken.get("entries")).longValue()).isEqualTo(tampered - 1);
        assertThat((String) broken.get("reason")).contains("entry " + tampered + " was modified");
    }

    @Test
    void the_append_only_trigger_refuses_an_update_while_it_is_enabled() {
        mixedWorkload();
        var dsl = harness.server.database().dsl();

        var attempt = org.assertj.core.api.Assertions.catchThrowable(() -> dsl.update(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.OUTCOME, "ALLOWED").where(AUDIT_ENTRY.SEQUENCE.eq(1L)).execute());

        assertThat(attempt).hasMessageContaining("append-only");
    }
}
