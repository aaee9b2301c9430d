package io.custodian.server;

import io.custodian.domain.access.Role;
import io.custodian.domain.access.StaffMember;
import io.custodian.domain.access.Team;
import io.custodian.web.connect.testing.Site;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

import static io.custodian.persistence.jooq.Tables.AUDIT_ENTRY;
import static io.custodian.persistence.jooq.Tables.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

/**
 * The staff API through the real wiring and PostgreSQL, as the desktop client uses it: sign in, find a tenant, read it
 * with a purpose (and see the audit entry written with it), work the support desk, request, approve and execute an
 * early deletion whose receipt verifies with the published key, and check the retention status. No response ever holds
 * a shared secret, a password (hash) or a session token hash.
 */
class StaffApiEndToEndTest {

    private static final String PURPOSE = "X-Custodian-Purpose";

    private static StaffApiHarness harness;
    private static StaffMember support;
    private static StaffMember officer;
    private static StaffMember supportOfficer;
    private static String supportToken;

    @BeforeAll
    static void start() {
        harness = new StaffApiHarness(StaffApiEndToEndTest.class);
        support = harness.employee("sam.support", Team.SUPPORT, Role.SUPPORT_ENGINEER);
        officer = harness.employee("olga.officer", Team.OTHER, Role.PRIVACY_OFFICER);
        supportOfficer = harness.employee("paula.officer", Team.SUPPORT, Role.PRIVACY_OFFICER);
        supportToken = harness.login(support);
    }

    @AfterAll
    static void stop() {
        try {
            assertNoSecretInAnyResponse();
        } finally {
            harness.close();
        }
    }

    private static void assertNoSecretInAnyResponse() {
        String all = String.join("\n", harness.bodies);
        for (String hash : harness.tokenHashes()) {
            assertThat(all).doesNotContain(hash);
        }
        assertThat(all).doesNotContainIgnoringCase("passwordHash").doesNotContain(StaffApiHarness.PASSWORD)
                .doesNotContain("argon2").doesNotContain("sharedSecret").doesNotContain("secret-of-");
        for (String site : new String[]{"acme", "globex", "initech", "umbrella"}) {
            assertThat(all).doesNotContain(Site.jira(site).sharedSecret());
        }
    }

    private long auditRows(String action) {
        var dsl = harness.server.database().dsl();
        return dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ACTION.eq(action));
    }

    @Test
    void sign_in_me_and_sign_out() {
        String token = harness.login(support);

        var me = harness.get("/me", token);
        var logout = harness.send("DELETE", "/sessions/current", token, null);

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(StaffApiHarness.json(me)).containsEntry("login", "sam.support").containsEntry("team", "SUPPORT");
        assertThat(logout.statusCode()).isEqualTo(204);
        assertThat(harness.get("/me", token).statusCode()).isEqualTo(401);
    }

    @Test
    void a_tenant_is_found_and_read_with_a_purpose_and_the_read_is_audited_in_the_database() {
        Site acme = harness.install("acme");
        harness.host.appJson(acme, "PUT", "/connect/v1/relations/rel-1", "{\"remote\":\"https://other.example\"}");
        long readsBefore = auditRows("tenant-data.read");

        var list = harness.get("/tenants?q=acme", supportToken);
        var refused = harness.get("/tenants/" + acme.clientKey(), supportToken);
        var detail = harness.get("/tenants/" + acme.clientKey(), supportToken, PURPOSE, "reason:customer asked why sync stopped");
        var forecast = harness.get("/tenants/" + acme.clientKey() + "/forecast?days=31", supportToken, PURPOSE,
                "ticket:SUP-1");

        assertThat(StaffApiHarness.items(list)).extracting(item -> item.get("clientKey")).containsExactly(acme.clientKey());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(StaffApiHarness.json(refused)).containsEntry("error", "purpose_missing");
        assertThat(detail.statusCode()).isEqualTo(200);
        var tenant = StaffApiHarness.json(detail);
        assertThat(tenant).containsEntry("state", "ACTIVE").containsEntry("location", "Roubaix, France");
        assertThat(tenant.get("account")).asInstanceOf(MAP).containsEntry("baseUrl", acme.baseUrl());
        assertThat(tenant.get("inventory")).asInstanceOf(MAP).extractingByKey("kinds").asInstanceOf(LIST)
                .anySatisfy(kind -> assertThat(kind).asInstanceOf(MAP).containsEntry("kind", "SYNC_RELATION")
                        .containsEntry("items", 1));
        assertThat(forecast.statusCode()).isEqualTo(200);
        assertThat(StaffApiHarness.json(forecast)).containsEntry("totalItems", 1);
        assertThat(auditRows("tenant-data.read")).isEqualTo(readsBefore + 3);
        var dsl = harness.server.database().dsl();
        var last = dsl.selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.ACTION.eq("tenant-data.read"))
                .orderBy(AUDIT_ENTRY.SEQUENCE.desc()).limit(2).fetch();
        assertThat(last.get(1).getPurposeKind()).isEqualTo("reason");
        assertThat(last.get(1).getPurpose()).isEqualTo("customer asked why sync stopped");
        assertThat(last.get(1).getActorId()).isEqualTo(support.id().toString());
        assertThat(last.get(1).getTenantPseudonym()).isNotEqualTo(acme.clientKey()).hasSize(64);
    }

    @Test
    void the_support_desk_lists_reads_and_resolves_tickets_and_streams_bundles_with_their_download_id()
            throws Exception {
        Site globex = harness.install("globex");
        String ticket = harness.reportProblem(globex, "Sync stopped");

        var queue = harness.get("/tickets?status=OPEN&tenant=" + globex.clientKey(), supportToken);
        var view = harness.get("/tickets/" + ticket, supportToken, PURPOSE, "ticket:" + ticket);
        HttpResponse<byte[]> bundle = harness.sendRaw("GET", "/tickets/" + ticket + "/bundle", supportToken, null,
                HttpResponse.BodyHandlers.ofByteArray(), PURPOSE, "ticket:" + ticket);
        var resolved = harness.send("POST", "/tickets/" + ticket + "/resolve", supportToken, null);

        assertThat(StaffApiHarness.items(queue)).extracting(item -> item.get("id")).containsExactly(ticket);
        assertThat(queue.body()).doesNotContain(StaffApiHarness.REPORTER);
        assertThat(StaffApiHarness.json(view).get("report")).asInstanceOf(MAP)
                .containsEntry("reporter", StaffApiHarness.REPORTER);
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.headers().firstValue("Content-Type")).contains("application/zip");
        String downloadId = bundle.headers().firstValue("X-Custodian-Download-Id").orElseThrow();
        assertThat(bundle.headers().firstValue("X-Custodian-Bundle-Sha256")).contains(
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bundle.body())));
        assertThat(new String(bundle.body(), StandardCharsets.ISO_8859_1)).doesNotContain(globex.sharedSecret());
        var dsl = harness.server.database().dsl();
        assertThat(dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ACTION.eq("support-bundle.download")
                .and(AUDIT_ENTRY.SUBJECT_ID.eq(downloadId)))).isEqualTo(1);
        assertThat(StaffApiHarness.json(resolved)).containsEntry("status", "RESOLVED");
        var wiped = harness.send("POST", "/downloads/" + downloadId + "/wiped", supportToken, null);
        assertThat(wiped.statusCode()).isEqualTo(200);
        assertThat(StaffApiHarness.json(wiped)).containsEntry("id", downloadId);
        assertThat(harness.get("/downloads/purged", supportToken).statusCode()).isEqualTo(200);
    }

    @Test
    void self_approval_is_refused_and_an_executed_deletion_has_a_receipt_that_verifies_with_the_public_key()
            throws Exception {
        Site initech = harness.install("initech");
        String requester = harness.login(supportOfficer);
        var created = harness.send("POST", "/deletion-requests", requester,
                "{\"clientKey\":\"" + initech.clientKey() + "\",\"customerReference\":\"SUP-4711\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        String id = (String) StaffApiHarness.json(created).get("id");
        assertThat(StaffApiHarness.json(created).get("dryRun")).asInstanceOf(MAP).containsEntry("total", 1);

        var selfApproval = harness.send("POST", "/deletion-requests/" + id + "/approve", requester, null);
        var approval = harness.send("POST", "/deletion-requests/" + id + "/approve", harness.login(officer), null);
        var execution = harness.send("POST", "/deletion-requests/" + id + "/execute", supportToken, null);

        assertThat(selfApproval.statusCode()).isEqualTo(403);
        assertThat(StaffApiHarness.json(selfApproval)).containsEntry("error", "self_approval");
        assertThat(approval.statusCode()).isEqualTo(200);
        assertThat(execution.statusCode()).isEqualTo(200);
        var executed = StaffApiHarness.json(execution);
        assertThat(executed).containsEntry("state", "EXECUTED");
        var dsl = harness.server.database().dsl();
        assertThat(dsl.fetchCount(TENANT, TENANT.CLIENT_KEY.eq(initech.clientKey()))).isZero();

        var receiptResponse = harness.get("/receipts/" + executed.get("receiptId"), supportToken);
        var receipt = StaffApiHarness.json(receiptResponse);
        var publicKey = StaffApiHarness.json(harness.get("/receipts/public-key", null));
        @SuppressWarnings("unchecked")
        Map<String, Object> signature = (Map<String, Object>) receipt.get("signature");
        byte[] canonical = Base64.getDecoder().decode((String) receipt.get("canonicalForm"));
        assertThat(signature).containsEntry("keyId", publicKey.get("keyId"));
        assertThat(verifies((String) publicKey.get("pem"), canonical, (String) signature.get("value"))).isTrue();
        assertThat(receipt.get("receipt")).asInstanceOf(MAP).containsEntry("trigger", "EARLY_DELETION_REQUEST")
                .containsEntry("triggerReference", id).containsEntry("location", "Roubaix, France");
        assertThat(receipt.get("verification")).asInstanceOf(MAP).containsEntry("valid", true);
        assertThat(receiptResponse.body()).doesNotContain(initech.clientKey());
        assertThat(StaffApiHarness.items(harness.get("/receipts", supportToken)))
                .extracting(item -> item.get("id")).contains(executed.get("receiptId"));
    }

    @Test
    void the_retention_status_reports_items_past_their_deadline_beyond_the_tolerance() {
        Site umbrella = harness.install("umbrella");
        harness.host.appJson(umbrella, "PUT", "/connect/v1/relations/old", "{\"remote\":\"https://other.example\"}");
        var onSchedule = StaffApiHarness.json(harness.get("/retention/overdue", supportToken));
        assertThat(onSchedule).containsEntry("onSchedule", true);

        var settings = harness.server.settings();
        harness.clock.advance(settings.retention().operationMaxIdle().plus(settings.sweep().interval().multipliedBy(2))
                .plus(Duration.ofHours(1)));
        String token = harness.login(support);
        var overdue = StaffApiHarness.json(harness.get("/retention/overdue", token));

        assertThat(overdue).containsEntry("onSchedule", false);
        assertThat(((Number) overdue.get("overdueItems")).longValue()).isPositive();
        assertThat(((Number) overdue.get("oldestOverdueSeconds")).longValue())
                .isGreaterThanOrEqualTo(Duration.ofHours(1).toSeconds());
        harness.server.services().retentionEngine(100, io.custodian.server.retention.RetentionEngine.BatchListener.NONE)
                .sweep();
        assertThat(StaffApiHarness.json(harness.get("/retention/overdue", token))).containsEntry("overdueItems", 0);
        supportToken = token;
    }

    private static boolean verifies(String pem, byte[] canonical, String signature) throws Exception {
        String base64 = pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        var key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(
                Base64.getDecoder().decode(base64)));
        var verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(canonical);
        return verifier.verify(Base64.getDecoder().decode(signature));
    }
}
