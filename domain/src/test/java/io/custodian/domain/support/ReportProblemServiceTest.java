package io.custodian.domain.support;

import io.custodian.domain.appdata.AppDataRefusal;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.retention.StoredItem;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.InstallationRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.custodian.domain.testing.ZipBytes;

import static io.custodian.domain.support.SupportFixture.attachment;
import static io.custodian.domain.support.SupportFixture.report;
import static io.custodian.domain.support.SupportFixture.text;
import static io.custodian.domain.testing.ZipBytes.unzip;
import static org.assertj.core.api.Assertions.assertThat;

class ReportProblemServiceTest {

    private static final ClientKey ACME = new ClientKey("acme");
    private static final String ACME_SECRET = "shared-secret-of-acme";

    private final SupportFixture support = new SupportFixture();

    private static int countOf(String text, String needle) {
        return text.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
    }

    @Test
    void a_report_opens_a_ticket_on_behalf_of_the_email_and_stores_the_bundle_as_its_child() {
        support.custody.install("acme");

        var reported = support.reportOk("acme");

        SupportTicket ticket = support.tickets.find(reported.ticket()).orElseThrow();
        assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(ticket.tenant()).isEqualTo(ACME);
        assertThat(ticket.openedAt()).isEqualTo(support.custody.clock.instant());
        TicketView view = support.tickets.view(reported.ticket()).orElseThrow();
        assertThat(view.report()).isEqualTo(report("Sync stopped"));
        assertThat(view.report().reporter().value()).isEqualTo("jane@acme.example");
        assertThat(view.forwarding()).isEqualTo(new Forwarding.NotForwarded());
        StoredItem bundle = support.custody.items.find(SupportBundles.ref(ACME, reported.ticket())).orElseThrow();
        assertThat(bundle.parentRef()).contains(ticket.asStoredItem().ref());
        assertThat(view.bundle()).contains(reported.bundle());
        assertThat(reported.bundle().sizeBytes()).isEqualTo(support.bundleOf("acme", reported.ticket()).length);
    }

    @Test
    void the_bundle_never_contains_the_shared_secret_nor_its_ciphertext() {
        support.custody.install("acme");
        support.write("acme", ItemKind.SYNC_RELATION, "rel-1", null, "{\"remote\":\"https://other.example\"}");
        support.configure("acme", "mapping", "{\"fields\":[\"summary\"]}");

        var reported = support.reportOk("acme", attachment("log.txt", "ERROR sync failed"));
        byte[] zip = support.bundleOf("acme", reported.ticket());

        byte[] ciphertext = support.custody.record("acme").map(InstallationRecord::sharedSecret).orElseThrow()
                .ciphertext();
        assertThat(ZipBytes.holds(zip, ACME_SECRET.getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(ZipBytes.holds(zip, ciphertext)).isFalse();
        assertThat(ZipBytes.holds(zip, Base64.getEncoder().encode(ciphertext))).isFalse();
        assertThat(ZipBytes.holds(zip, HexFormat.of().formatHex(ciphertext).getBytes(StandardCharsets.UTF_8))).isFalse();
        // the search works: the bundle does hold what it should
        assertThat(ZipBytes.holds(zip, "https://other.example".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(ZipBytes.holds(zip, "ERROR sync failed".getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    @Test
    void the_bundle_is_a_zip_of_the_manifest_one_file_per_collected_kind_and_the_attachments() {
        support.custody.install("acme");
        support.write("acme", ItemKind.SYNC_RELATION, "rel-1", null, "{\"remote\":\"https://other.example\"}");
        support.write("acme", ItemKind.TWIN_TRACE, "rel-1/ISSUE-1", "rel-1", "{\"remoteIssueId\":\"OTHER-9\"}");
        support.configure("acme", "mapping", "{\"fields\":[\"summary\"]}");

        var reported = support.reportOk("acme", attachment("../../etc/passwd", "root:x:0:0"),
                attachment("C:\\logs\\sync log.txt", "line"));
        Map<String, byte[]> entries = unzip(support.bundleOf("acme", reported.ticket()));

        assertThat(entries.keySet()).containsExactly("manifest.json", "items/license-information.json",
                "items/sync-relation.json", "items/twin-trace.json", "items/field-trace.json",
                "items/issue-version-copy.json", "items/configuration-document.json", "attachments/1-passwd",
                "attachments/2-sync_log.txt");
        String manifest = text(entries.get("manifest.json"));
        assertThat(manifest).contains("\"format\": \"custodian-support-bundle/v1\"",
                "\"ticketId\": \"" + reported.ticket().value() + "\"", "\"dataLocation\": \"Roubaix, France\"",
                "\"clientKey\": \"acme\"", "\"baseUrl\": \"https://acme.atlassian.net\"",
                "\"serviceEntitlementNumber\": \"SEN-1234567\"", "\"oauthClientId\": \"oauth-client-1\"",
                "\"createdAt\": \"2026-03-01T09:00:00Z\"", "\"reporterEmail\": \"jane@acme.example\"");
        assertThat(manifest).doesNotContainIgnoringCase("sharedSecret").doesNotContain(ACME_SECRET);
        assertThat(text(entries.get("items/sync-relation.json")))
                .contains("\"stored\": 1", "\"included\": 1", "\"id\": \"rel-1\"",
                        "\"text\": \"{\\\"remote\\\":\\\"https://other.example\\\"}\"");
        assertThat(text(entries.get("items/twin-trace.json"))).contains("\"parent\": \"rel-1\"");
        assertThat(text(entries.get("items/configuration-document.json"))).contains("\"id\": \"mapping\"");
        assertThat(text(entries.get("attachments/1-passwd"))).isEqualTo("root:x:0:0");
    }

    @Test
    void the_same_report_of_the_same_data_gives_the_same_bundle_bytes() {
        SupportFixture other = new SupportFixture();
        for (SupportFixture fixture : List.of(support, other)) {
            fixture.custody.install("acme");
            fixture.write("acme", ItemKind.SYNC_RELATION, "rel-1", null, "{\"a\":1}");
            fixture.write("acme", ItemKind.SYNC_RELATION, "rel-2", null, "{\"a\":2}");
            fixture.configure("acme", "mapping", "{}");
        }

        byte[] first = support.bundleOf("acme", support.reportOk("acme", attachment("a.log", "x")).ticket());
        byte[] second = other.bundleOf("acme", other.reportOk("acme", attachment("a.log", "x")).ticket());

        assertThat(Arrays.equals(first, second)).isTrue();
    }

    @Test
    void operation_data_is_collected_up_to_the_items_per_kind_and_counted_in_full() {
        SupportFixture bounded = new SupportFixture(ProblemReportPolicy.defaults().withMaxItemsPerKind(2),
                ScriptedTicketForwarder.answering(new ForwardingResult.Disabled()));
        bounded.custody.install("acme");
        for (int i = 1; i <= 5; i++) {
            bounded.write("acme", ItemKind.SYNC_RELATION, "rel-" + i, null, "{\"n\":" + i + "}");
        }

        var reported = bounded.reportOk("acme");
        String relations = text(unzip(bounded.bundleOf("acme", reported.ticket())).get("items/sync-relation.json"));

        assertThat(relations).contains("\"stored\": 5", "\"included\": 2", "\"truncated\": true",
                "\"id\": \"rel-1\"", "\"id\": \"rel-2\"").doesNotContain("rel-3");
        assertThat(countOf(relations, "\"id\":")).isEqualTo(2);
    }

    @Test
    void the_item_byte_budget_bounds_the_collected_content() {
        SupportFixture bounded = new SupportFixture(new ProblemReportPolicy(3, 1024, 100, 25),
                ScriptedTicketForwarder.answering(new ForwardingResult.Disabled()));
        bounded.custody.install("acme");
        bounded.write("acme", ItemKind.SYNC_RELATION, "rel-1", null, "{\"n\":\"0123456789\"}"); // 17 bytes
        bounded.write("acme", ItemKind.SYNC_RELATION, "rel-2", null, "{\"n\":\"0123456789\"}");
        bounded.configure("acme", "small", "{}"); // 2 bytes: still fits after rel-1

        Map<String, byte[]> entries = unzip(bounded.bundleOf("acme", bounded.reportOk("acme").ticket()));

        assertThat(text(entries.get("items/sync-relation.json"))).contains("\"stored\": 2", "\"included\": 1");
        assertThat(text(entries.get("items/configuration-document.json"))).contains("\"included\": 1");
        assertThat(text(entries.get("manifest.json"))).contains("\"maxItemBytes\": 25");
    }

    @Test
    void binary_content_is_collected_as_base64() {
        support.custody.install("acme");
        support.custody.operations.record(new io.custodian.domain.retention.RecordOperationItemCommand(ACME,
                ItemKind.SYNC_RELATION, new io.custodian.domain.retention.ItemId("rel-bin"), Optional.empty(),
                new io.custodian.domain.retention.ItemContent(new byte[]{(byte) 0xff, 0, 1})));

        String relations = text(unzip(support.bundleOf("acme", support.reportOk("acme").ticket()))
                .get("items/sync-relation.json"));

        assertThat(relations).contains("\"base64\": \"/wAB\"").doesNotContain("\"text\"");
    }

    @Test
    void session_data_and_other_support_data_are_not_collected() {
        support.custody.install("acme");
        support.custody.usage.record(new io.custodian.domain.appdata.RecordUsageCommand(ACME, List.of(
                new io.custodian.domain.appdata.UsageEvent(new io.custodian.domain.appdata.UsageEventName("sync.done"),
                        support.custody.clock.instant(), 1))));
        var first = support.reportOk("acme");

        Map<String, byte[]> entries = unzip(support.bundleOf("acme", support.reportOk("acme").ticket()));

        assertThat(entries.keySet()).noneMatch(name -> name.contains("usage") || name.contains("support"));
        assertThat(entries.values().stream().map(SupportFixture::text))
                .noneMatch(entry -> entry.contains("sync.done") || entry.contains(first.ticket().value() + "\""));
    }

    @Test
    void too_many_attachments_are_rejected_and_nothing_is_stored() {
        support.custody.install("acme");

        var outcome = support.reports.report(new ReportProblemCommand(ACME, report("x"), List.of(
                attachment("1", "a"), attachment("2", "b"), attachment("3", "c"), attachment("4", "d"))));

        assertThat(outcome).isInstanceOfSatisfying(ReportProblemUseCase.Rejected.class, rejected ->
                assertThat(rejected.rejection()).isEqualTo(AttachmentDecision.Rejection.TOO_MANY_ATTACHMENTS));
        assertThat(support.custody.items.all()).isEmpty();
        assertThat(support.forwarder.requests()).isEmpty();
    }

    @Test
    void an_attachment_over_the_size_limit_is_rejected_and_nothing_is_stored() {
        support.custody.install("acme");
        Attachment large = new Attachment(new AttachmentName("big.bin"),
                new byte[ProblemReportPolicy.DEFAULT_MAX_ATTACHMENT_BYTES + 1]);
        Attachment largest = new Attachment(new AttachmentName("ok.bin"),
                new byte[ProblemReportPolicy.DEFAULT_MAX_ATTACHMENT_BYTES]);

        var outcome = support.reports.report(new ReportProblemCommand(ACME, report("x"), List.of(largest, large)));

        assertThat(outcome).isInstanceOfSatisfying(ReportProblemUseCase.Rejected.class, rejected -> {
            assertThat(rejected.rejection()).isEqualTo(AttachmentDecision.Rejection.ATTACHMENT_TOO_LARGE);
            assertThat(rejected.message()).contains("attachment 2");
        });
        assertThat(support.custody.items.all()).isEmpty();
    }

    @Test
    void a_tenant_that_is_not_served_is_refused_and_nothing_is_stored() {
        support.custody.install("acme");
        support.custody.disable("acme");

        var disabled = support.reports.report(new ReportProblemCommand(ACME, report("x"), List.of()));
        var unknown = support.reports.report(new ReportProblemCommand(new ClientKey("nobody"), report("x"),
                List.of()));

        assertThat(disabled).isEqualTo(new ReportProblemUseCase.Refused(AppDataRefusal.TENANT_NOT_ACTIVE));
        assertThat(unknown).isEqualTo(new ReportProblemUseCase.Refused(AppDataRefusal.NOT_INSTALLED));
        assertThat(support.custody.items.all()).isEmpty();
        assertThat(support.forwarder.requests()).isEmpty();
    }

    @Test
    void a_forwarded_report_records_the_help_desk_reference_and_is_sent_after_the_ticket_is_stored() {
        ScriptedTicketForwarder forwarder = ScriptedTicketForwarder.creating();
        SupportFixture forwarding = new SupportFixture(ProblemReportPolicy.defaults(), forwarder);
        forwarding.custody.install("acme");
        forwarding.custody.clock.advance(Duration.ofSeconds(1));

        var reported = forwarding.reportOk("acme");

        assertThat(forwarder.requests()).containsExactly(new ForwardTicketRequest(reported.ticket(),
                report("Sync stopped")));
        assertThat(reported.forwarding()).isEqualTo(new Forwarding.Forwarded("SD-1",
                forwarding.custody.clock.instant()));
        assertThat(forwarding.tickets.view(reported.ticket()).orElseThrow().forwarding())
                .isEqualTo(reported.forwarding());
        assertThat(forwarding.custody.transactions.maxDepth()).isEqualTo(1);
    }

    @Test
    void a_failing_help_desk_leaves_the_ticket_open_with_the_failure_recorded() {
        SupportFixture failing = new SupportFixture(ProblemReportPolicy.defaults(),
                ScriptedTicketForwarder.answering(new ForwardingResult.Failed("help desk answered HTTP 503")));
        failing.custody.install("acme");

        var reported = failing.reportOk("acme");

        TicketView view = failing.tickets.view(reported.ticket()).orElseThrow();
        assertThat(view.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(view.bundle()).isPresent();
        assertThat(view.forwarding()).isEqualTo(new Forwarding.Failed("help desk answered HTTP 503",
                failing.custody.clock.instant()));
    }

    @Test
    void a_forwarder_that_throws_is_a_failed_forwarding_not_a_failed_report() {
        SupportFixture throwing = new SupportFixture(ProblemReportPolicy.defaults(),
                ScriptedTicketForwarder.throwing(new IllegalStateException("bug with token=abc")));
        throwing.custody.install("acme");

        var reported = throwing.reportOk("acme");

        assertThat(reported.forwarding()).isInstanceOfSatisfying(Forwarding.Failed.class, failed ->
                assertThat(failed.reason()).isEqualTo("the help-desk forwarder failed: IllegalStateException"));
        assertThat(throwing.tickets.find(reported.ticket())).isPresent();
    }

    @Test
    void a_help_desk_answer_is_recorded_as_one_bounded_line() {
        SupportFixture noisy = new SupportFixture(ProblemReportPolicy.defaults(),
                ScriptedTicketForwarder.answering(new ForwardingResult.Failed("line1\nline2\u0000" + "x".repeat(900))));
        noisy.custody.install("acme");

        var reported = noisy.reportOk("acme");

        assertThat(reported.forwarding()).isInstanceOfSatisfying(Forwarding.Failed.class, failed -> {
            assertThat(failed.reason()).startsWith("line1 line2 x").hasSize(Forwarding.MAX_REASON_LENGTH);
        });
    }
}
