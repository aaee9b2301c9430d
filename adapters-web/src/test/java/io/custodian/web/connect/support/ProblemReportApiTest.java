package io.custodian.web.connect.support;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.custodian.domain.support.Forwarding;
import io.custodian.domain.support.ProblemReportPolicy;
import io.custodian.domain.support.SupportBundles;
import io.custodian.domain.support.TicketId;
import io.custodian.domain.support.TicketStatus;
import io.custodian.domain.support.TicketView;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.web.connect.testing.Site;
import io.custodian.web.json.JsonMapping;

import static io.custodian.domain.testing.ZipBytes.unzip;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /connect/v1/problem-reports} through real HTTP, signed by the Connect host simulator. */
class ProblemReportApiTest {

    private static final String PATH = "/connect/v1/problem-reports";

    private final ProblemReportTestApp app = ProblemReportTestApp.start();
    private final Site acme = Site.jira("acme");
    private final ClientKey acmeKey = new ClientKey(acme.clientKey());

    @BeforeEach
    void installAcme() {
        assertThat(app.host.install(acme).statusCode()).isEqualTo(204);
    }

    @AfterEach
    void stopApp() {
        app.close();
    }

    private HttpResponse<String> report(String json) {
        return app.host.appJson(acme, "POST", PATH, json);
    }

    private static String body(Map<String, Object> fields) {
        return new String(JsonMapping.toBytes(fields), StandardCharsets.UTF_8);
    }

    private static Map<String, Object> valid() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", "jane@acme.example");
        body.put("summary", "Sync stopped");
        body.put("description", "Since 09:00 nothing syncs.");
        return body;
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = valid();
        body.put(field, value);
        return body;
    }

    private static Map<String, Object> attachment(String name, byte[] content) {
        Map<String, Object> attachment = new LinkedHashMap<>();
        attachment.put("name", name);
        attachment.put("content", Base64.getEncoder().encodeToString(content));
        return attachment;
    }

    /** The request is refused with {@code status} and the JSON error {@code code}, and nothing is stored. */
    private void assertRefusedUnchanged(Supplier<HttpResponse<String>> request, int status, String code) {
        ProblemReportTestApp.Snapshot before = app.snapshot();
        HttpResponse<String> response = request.get();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(ProblemReportTestApp.json(response)).containsEntry("error", code)
                .hasEntrySatisfying("message", message -> assertThat((String) message).isNotBlank());
        assertThat(app.snapshot()).isEqualTo(before);
        assertThat(app.tickets.count(java.util.Optional.empty(), java.util.Optional.empty())).isZero();
    }

    @Test
    void a_report_answers_201_with_the_ticket_id_and_opens_the_ticket_with_its_bundle() {
        Map<String, Object> body = valid();
        body.put("attachments", List.of(attachment("../../logs/sync.log", "ERROR sync".getBytes(StandardCharsets.UTF_8))));

        HttpResponse<String> response = report(body(body));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        Map<String, Object> json = ProblemReportTestApp.json(response);
        assertThat(json).containsEntry("ticketId", "T-1").containsEntry("status", "OPEN")
                .containsEntry("openedAt", app.clock.instant().toString());
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(value ->
                assertThat(value).contains("no-store"));
        TicketView ticket = app.tickets.view(new TicketId("T-1")).orElseThrow();
        assertThat(ticket.tenant()).isEqualTo(acmeKey);
        assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(ticket.report().reporter().value()).isEqualTo("jane@acme.example");
        assertThat(ticket.report().summary()).isEqualTo("Sync stopped");
        assertThat(ticket.forwarding()).isEqualTo(new Forwarding.NotForwarded());
        byte[] bundle = app.items.content(SupportBundles.ref(acmeKey, new TicketId("T-1"))).orElseThrow().bytes();
        Map<String, byte[]> entries = unzip(bundle);
        assertThat(entries).containsKey("manifest.json").containsKey("attachments/1-sync.log");
        assertThat(new String(entries.get("attachments/1-sync.log"), StandardCharsets.UTF_8)).isEqualTo("ERROR sync");
        String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
        assertThat(manifest).contains(acme.clientKey(), "Roubaix, France").doesNotContain(acme.sharedSecret());
        assertThat(entries.values()).noneMatch(entry -> new String(entry, StandardCharsets.UTF_8)
                .contains(acme.sharedSecret()));
    }

    @Test
    void a_description_and_attachments_are_optional() {
        Map<String, Object> body = valid();
        body.remove("description");

        HttpResponse<String> response = report(body(body));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(app.tickets.view(new TicketId("T-1")).orElseThrow().report().description()).isEmpty();
    }

    @Test
    void a_missing_or_invalid_email_is_400_and_nothing_is_stored() {
        Map<String, Object> missing = valid();
        missing.remove("email");

        assertRefusedUnchanged(() -> report(body(missing)), 400, "bad_request");
        assertRefusedUnchanged(() -> report(body(with("email", "Jane <jane@acme.example>"))), 400, "bad_request");
        assertRefusedUnchanged(() -> report(body(with("email", "jane"))), 400, "bad_request");
        assertRefusedUnchanged(() -> report(body(with("email", 42))), 400, "bad_request");
    }

    @Test
    void an_invalid_summary_or_description_is_400_and_nothing_is_stored() {
        Map<String, Object> missing = valid();
        missing.remove("summary");

        assertRefusedUnchanged(() -> report(body(missing)), 400, "bad_request");
        assertRefusedUnchanged(() -> report(body(with("summary", "   "))), 400, "bad_request");
        assertRefusedUnchanged(() -> report(body(with("summary", "two\nlines"))), 400, "bad_request");
        assertRefusedUnchanged(() -> report(body(with("summary", "x".repeat(256)))), 400, "bad_request");
        assertRefusedUnchanged(() -> report(body(with("description", "bell\u0007"))), 400, "bad_request");
        assertRefusedUnchanged(() -> report(body(with("description", "y".repeat(30_001)))), 400, "bad_request");
    }

    @Test
    void malformed_json_a_wrong_shape_or_a_non_json_body_is_refused_and_nothing_is_stored() {
        assertRefusedUnchanged(() -> report("{not json"), 400, "bad_request");
        assertRefusedUnchanged(() -> report("[]"), 400, "bad_request");
        assertRefusedUnchanged(() -> report("{\"email\":\"jane@acme.example\",\"summary\":\"x\",\"attachments\":{}}"),
                400, "bad_request");
        assertRefusedUnchanged(() -> report("{\"email\":\"jane@acme.example\",\"summary\":\"x\",\"summary\":\"y\"}"),
                400, "bad_request");
        assertRefusedUnchanged(() -> app.host.appRequest(acme, "POST", PATH, "text/plain", body(valid())), 415,
                "unsupported_media_type");
    }

    @Test
    void an_attachment_that_is_not_base64_or_has_no_content_is_400_and_nothing_is_stored() {
        Map<String, Object> notBase64 = new LinkedHashMap<>(Map.of("name", "a.log", "content", "not base64!"));
        Map<String, Object> noContent = new LinkedHashMap<>(Map.of("name", "a.log"));

        assertRefusedUnchanged(() -> report(body(with("attachments", List.of(notBase64)))), 400, "bad_request");
        assertRefusedUnchanged(() -> report(body(with("attachments", List.of(noContent)))), 400, "bad_request");
        List<Object> withNull = new java.util.ArrayList<>();
        withNull.add(null);
        assertRefusedUnchanged(() -> report(body(with("attachments", withNull))), 400, "bad_request");
    }

    @Test
    void too_many_attachments_are_400_and_nothing_is_stored() {
        List<Object> four = List.of(attachment("1", new byte[1]), attachment("2", new byte[1]),
                attachment("3", new byte[1]), attachment("4", new byte[1]));

        assertRefusedUnchanged(() -> report(body(with("attachments", four))), 400, "too_many_attachments");
    }

    @Test
    void an_attachment_over_the_size_limit_is_413_and_nothing_is_stored() {
        byte[] tooLarge = new byte[ProblemReportPolicy.DEFAULT_MAX_ATTACHMENT_BYTES + 1];

        assertRefusedUnchanged(() -> report(body(with("attachments", List.of(attachment("big.bin", tooLarge))))),
                413, "attachment_too_large");
    }

    @Test
    void three_attachments_of_the_largest_size_are_accepted() {
        byte[] largest = new byte[ProblemReportPolicy.DEFAULT_MAX_ATTACHMENT_BYTES];
        Map<String, Object> body = with("attachments", List.of(attachment("a.bin", largest),
                attachment("b.bin", largest), attachment("c.bin", largest)));
        body.put("description", "\u00e9".repeat(30_000));

        HttpResponse<String> response = report(body(body));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    @Test
    void a_body_over_the_endpoint_limit_is_413_and_nothing_is_stored() {
        String padding = "x".repeat(app.settings.maxBodyBytes());

        assertRefusedUnchanged(() -> report(body(with("description", padding))), 413, "payload_too_large");
    }

    @Test
    void a_disabled_tenant_is_403_and_nothing_is_stored() {
        assertThat(app.host.disable(acme).statusCode()).isEqualTo(204);

        assertRefusedUnchanged(() -> report(body(valid())), 403, "tenant_disabled");
    }

    @Test
    void an_unauthenticated_request_is_401_and_other_methods_are_405() {
        assertRefusedUnchanged(() -> app.host.post(PATH, null, body(valid())), 401, "unauthorized");
        assertRefusedUnchanged(() -> app.host.appRequest(acme, "GET", PATH, null, null), 405, "method_not_allowed");
    }
}
