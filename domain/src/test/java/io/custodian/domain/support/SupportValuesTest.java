package io.custodian.domain.support;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SupportValuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "../../etc/passwd | passwd",
            "C:\\Users\\jane\\sync log (1).txt | sync_log_1_.txt",
            "..hidden | hidden",
            ". | attachment",
            "'' | attachment",
            "résumé.pdf | resume.pdf",
            "日本語.txt | txt",
            "a..b...c | a.b.c",
            "-rf | rf",
            "report.tar.gz | report.tar.gz"})
    void attachment_names_are_sanitised_to_a_safe_last_segment(String raw, String safe) {
        assertThat(AttachmentName.sanitise(raw).value()).isEqualTo(safe);
    }

    @Test
    void a_long_attachment_name_is_shortened_keeping_its_extension() {
        AttachmentName name = AttachmentName.sanitise("x".repeat(300) + ".log");

        assertThat(name.value()).hasSize(AttachmentName.MAX_LENGTH).endsWith("x.log");
        assertThat(AttachmentName.sanitise(null).value()).isEqualTo(AttachmentName.FALLBACK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "a/b", ".hidden", "a b", "", "a..b"})
    void an_unsafe_attachment_name_is_not_a_name(String unsafe) {
        assertThatThrownBy(() -> new AttachmentName(unsafe)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jane@acme.example", "zoë+sync@exämple.co.uk", "a.b-c@d.io"})
    void plain_addresses_are_reporter_emails(String address) {
        assertThat(new ReporterEmail(address).value()).isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jane", "jane@localhost", "Jane <jane@acme.example>", "jane @acme.example",
            "jane@acme.example.", "@acme.example", "a@b@c.de", "jane@acme.example\n"})
    void other_text_is_not_a_reporter_email(String text) {
        assertThatThrownBy(() -> new ReporterEmail(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_summary_is_one_stripped_line_and_a_description_may_span_lines() {
        ReporterEmail jane = new ReporterEmail("jane@acme.example");

        assertThat(new ProblemReport(jane, "  Sync stopped ", "a\nb\tc\r\n").summary()).isEqualTo("Sync stopped");
        assertThat(new ProblemReport(jane, "x", "").description()).isEmpty();
        assertThatThrownBy(() -> new ProblemReport(jane, "two\nlines", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProblemReport(jane, " ", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProblemReport(jane, "x", "nul\u0000")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProblemReport(jane, "x".repeat(256), ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProblemReport(jane, "x", "y".repeat(ProblemReport.MAX_DESCRIPTION_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProblemReport(jane, "x", "\ud800")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-leading", "with space", "a/b", "T-1\n"})
    void a_ticket_id_is_a_safe_id(String id) {
        assertThatThrownBy(() -> new TicketId(id)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new TicketId("3f2a1c9e-0000-4000-8000-000000000001").value()).hasSize(36);
    }

    @Test
    void a_cursor_round_trips_through_its_token_and_orders_by_time_then_id() {
        TicketCursor cursor = new TicketCursor(Instant.parse("2026-03-01T09:00:00.123456Z"), new TicketId("T-2"));

        assertThat(TicketCursor.parse(cursor.token())).isEqualTo(cursor);
        assertThat(cursor.token()).isEqualTo("2026-03-01T09:00:00.123456Z~T-2");
        assertThat(cursor.isBefore(SupportTicket.open(new TicketId("T-3"), new io.custodian.domain.tenant.ClientKey(
                "acme"), cursor.openedAt()))).isTrue();
        assertThat(cursor.isBefore(SupportTicket.open(new TicketId("T-1"), new io.custodian.domain.tenant.ClientKey(
                "acme"), cursor.openedAt()))).isFalse();
        assertThatThrownBy(() -> TicketCursor.parse("yesterday~T-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TicketCursor.parse("T-1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_policy_keeps_a_bundle_within_one_stored_item() {
        assertThatThrownBy(() -> new ProblemReportPolicy(10, ProblemReportPolicy.MAX_MAX_ATTACHMENT_BYTES, 100,
                ProblemReportPolicy.MAX_MAX_ITEM_BYTES)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProblemReportPolicy(3, 1024, 1001, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ProblemReportPolicy.defaults().check(List.of())).isEqualTo(new AttachmentDecision.Accepted());
    }

    @Test
    void download_ids_are_canonical_uuids() {
        assertThat(DownloadId.parse("00000000-0000-0002-0000-000000000001").toString())
                .isEqualTo("00000000-0000-0002-0000-000000000001");
        assertThatThrownBy(() -> DownloadId.parse("00000000-0000-0002-0000-00000000000A"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DownloadId.parse("nope")).isInstanceOf(IllegalArgumentException.class);
    }
}
