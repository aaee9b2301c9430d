package io.custodian.web.staff;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.custodian.domain.access.StaffMember;
import io.custodian.domain.access.StaffMemberBuilder;
import io.custodian.domain.access.Team;
import io.custodian.domain.datamap.ItemKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

/** Early deletion over HTTP with the domain's four-eyes rule, and the receipt it produces. */
class DeletionApiTest {

    private StaffApiTestApp app;
    private String support;
    private String officer;
    /** A privacy officer in the support team: may request deletions, and approve others' requests. */
    private StaffMember supportOfficer;

    @BeforeEach
    void start() {
        app = new StaffApiTestApp();
        app.fixture.custody.install("acme");
        app.fixture.custody.write("acme", ItemKind.SYNC_RELATION, "rel");
        app.fixture.custody.write("acme", ItemKind.TWIN_TRACE, "twin", "rel");
        supportOfficer = StaffMemberBuilder.aPrivacyOfficer().team(Team.SUPPORT).build();
        app.fixture.custody.staff.save(supportOfficer);
        support = app.tokenFor(app.fixture.custody.supportEngineer);
        officer = app.tokenFor(app.fixture.custody.privacyOfficer);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private String request(String token) {
        var response = app.send("POST", "/deletion-requests", token,
                "{\"clientKey\":\"acme\",\"customerReference\":\"SUP-77\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return (String) StaffApiTestApp.json(response).get("id");
    }

    @Test
    void a_request_answers_with_its_dry_run_and_deletes_nothing() {
        var response = app.send("POST", "/deletion-requests", support,
                "{\"clientKey\":\"acme\",\"customerReference\":\"SUP-77\"}");

        assertThat(response.statusCode()).isEqualTo(201);
        Map<String, Object> body = StaffApiTestApp.json(response);
        assertThat(body).containsEntry("state", "AWAITING_APPROVAL").containsEntry("clientKey", "acme")
                .containsEntry("requestedBy", app.fixture.custody.supportEngineer.id().toString());
        assertThat(body.get("dryRun")).asInstanceOf(MAP).containsEntry("total", 3)
                .extractingByKey("perKind").asInstanceOf(MAP)
                .containsEntry("INSTALLATION_RECORD", 1).containsEntry("SYNC_RELATION", 1).containsEntry("TWIN_TRACE", 1);
        assertThat(app.fixture.custody.record("acme")).isPresent();
        assertThat(StaffApiTestApp.items(app.get("/deletion-requests?state=AWAITING_APPROVAL", officer)))
                .extracting(item -> item.get("id")).containsExactly(body.get("id"));
    }

    @Test
    void a_privacy_officer_cannot_approve_their_own_request() {
        String mine = app.tokenFor(supportOfficer);
        String id = request(mine);

        var selfApproval = app.send("POST", "/deletion-requests/" + id + "/approve", mine, null);

        assertThat(selfApproval.statusCode()).isEqualTo(403);
        assertThat(StaffApiTestApp.json(selfApproval)).containsEntry("error", "self_approval");
        assertThat(app.fixture.audit()).last().satisfies(entry -> {
            assertThat(entry.content().action().code()).isEqualTo("deletion-request.approve");
            assertThat(entry.content().outcome().code()).isEqualTo("REFUSED");
        });
        var byAnother = app.send("POST", "/deletion-requests/" + id + "/approve", officer, null);
        assertThat(byAnother.statusCode()).isEqualTo(200);
        assertThat(StaffApiTestApp.json(byAnother)).containsEntry("state", "APPROVED")
                .containsEntry("approvedBy", app.fixture.custody.privacyOfficer.id().toString());
    }

    @Test
    void a_support_engineer_cannot_approve_and_nothing_executes_before_approval() {
        String id = request(support);

        var bySupport = app.send("POST", "/deletion-requests/" + id + "/approve", support, null);
        var tooEarly = app.send("POST", "/deletion-requests/" + id + "/execute", support, null);

        assertThat(bySupport.statusCode()).isEqualTo(403);
        assertThat(StaffApiTestApp.json(bySupport)).containsEntry("error", "not_authorised");
        assertThat(tooEarly.statusCode()).isEqualTo(409);
        assertThat(StaffApiTestApp.json(tooEarly)).containsEntry("error", "wrong_state");
    }

    @Test
    void an_executed_request_produces_a_receipt_that_verifies_with_the_public_key() throws Exception {
        String id = request(support);
        app.send("POST", "/deletion-requests/" + id + "/approve", officer, null);

        var executed = app.send("POST", "/deletion-requests/" + id + "/execute", support, null);

        assertThat(executed.statusCode()).isEqualTo(200);
        Map<String, Object> request = StaffApiTestApp.json(executed);
        assertThat(request).containsEntry("state", "EXECUTED");
        assertThat(app.fixture.custody.record("acme")).isEmpty();
        var receipt = app.get("/receipts/" + request.get("receiptId"), support);
        assertThat(receipt.statusCode()).isEqualTo(200);
        Map<String, Object> signed = StaffApiTestApp.json(receipt);
        assertThat(signed.get("receipt")).asInstanceOf(MAP).containsEntry("trigger", "EARLY_DELETION_REQUEST")
                .containsEntry("triggerReference", id).containsEntry("totalDeleted", 3)
                .doesNotContainValue("acme");
        assertThat(signed.get("verification")).asInstanceOf(MAP).containsEntry("valid", true);
        byte[] canonical = Base64.getDecoder().decode((String) signed.get("canonicalForm"));
        assertThat(new String(canonical, StandardCharsets.UTF_8)).isEqualTo(signed.get("canonicalText"));
        @SuppressWarnings("unchecked")
        Map<String, Object> signature = (Map<String, Object>) signed.get("signature");
        assertThat(signature).containsEntry("algorithm", "Ed25519");
        var publicKey = StaffApiTestApp.json(app.get("/receipts/public-key", null));
        assertThat(publicKey).containsEntry("keyId", signature.get("keyId"));
        assertThat(verifies((String) publicKey.get("pem"), canonical, (String) signature.get("value"))).isTrue();
        canonical[canonical.length - 2] ^= 1;
        assertThat(verifies((String) publicKey.get("pem"), canonical, (String) signature.get("value"))).isFalse();
        assertThat(StaffApiTestApp.items(app.get("/receipts", support))).extracting(item -> item.get("id"))
                .containsExactly(request.get("receiptId"));
        assertThat(StaffApiTestApp.json(app.get("/deletion-requests?state=EXECUTED", officer)).get("total")).isEqualTo(1);
    }

    @Test
    void a_request_is_cancelled_with_a_reason_and_then_cannot_be_approved() {
        String id = request(support);

        var noReason = app.send("POST", "/deletion-requests/" + id + "/cancel", support, "{}");
        var cancelled = app.send("POST", "/deletion-requests/" + id + "/cancel", support,
                "{\"reason\":\"the customer withdrew the request\"}");
        var approve = app.send("POST", "/deletion-requests/" + id + "/approve", officer, null);

        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat(StaffApiTestApp.json(cancelled)).containsEntry("state", "CANCELLED")
                .containsEntry("cancelReason", "the customer withdrew the request");
        assertThat(approve.statusCode()).isEqualTo(409);
    }

    @Test
    void unknown_requests_and_tenants_are_404_and_a_second_open_request_is_409() {
        request(support);

        var unknownRequest = app.send("POST", "/deletion-requests/" + java.util.UUID.randomUUID() + "/approve",
                officer, null);
        var unknownTenant = app.send("POST", "/deletion-requests", support,
                "{\"clientKey\":\"nobody\",\"customerReference\":\"SUP-1\"}");
        var second = app.send("POST", "/deletion-requests", support,
                "{\"clientKey\":\"acme\",\"customerReference\":\"SUP-2\"}");
        var badId = app.send("POST", "/deletion-requests/not-a-uuid/approve", officer, null);

        assertThat(unknownRequest.statusCode()).isEqualTo(404);
        assertThat(unknownTenant.statusCode()).isEqualTo(404);
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(StaffApiTestApp.json(second)).containsEntry("error", "already_requested");
        assertThat(badId.statusCode()).isEqualTo(400);
    }

    /** Verifies like an outside auditor: PEM from the public route, signature over the canonical bytes. */
    static boolean verifies(String pem, byte[] canonical, String signatureBase64) throws Exception {
        String base64 = pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        PublicKey key = KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(canonical);
        return verifier.verify(Base64.getDecoder().decode(signatureBase64));
    }
}
