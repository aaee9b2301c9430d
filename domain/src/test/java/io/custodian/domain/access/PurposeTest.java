package io.custodian.domain.access;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PurposeTest {

    @Test
    void a_purpose_is_stored_as_its_kind_and_text_and_read_back_from_them() {
        Purpose ticket = new Purpose.SupportTicket("SUP-1042");
        Purpose reason = new Purpose.FreeText("customer asked for a copy");

        assertThat(ticket.kind()).isEqualTo("ticket");
        assertThat(ticket.text()).isEqualTo("SUP-1042");
        assertThat(reason.kind()).isEqualTo("reason");
        assertThat(reason.text()).isEqualTo("customer asked for a copy");
        assertThat(Purpose.of(ticket.kind(), ticket.text())).contains(ticket);
        assertThat(Purpose.of(reason.kind(), reason.text())).contains(reason);
        assertThat(Purpose.of("hunch", "x")).isEmpty();
    }

    @Test
    void a_support_ticket_reference_is_kept_stripped() {
        assertThat(new Purpose.SupportTicket(" SUP-1042 ").reference()).isEqualTo("SUP-1042");
        assertThat(new Purpose.SupportTicket("SUP-1042").describe()).isEqualTo("ticket SUP-1042");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "SUP 1042", "-1042", "SUP-1042;DROP", "tab\there"})
    void malformed_support_ticket_references_are_rejected(String reference) {
        assertThatThrownBy(() -> new Purpose.SupportTicket(reference)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void support_ticket_references_are_bounded() {
        assertThat(new Purpose.SupportTicket("T".repeat(Purpose.SupportTicket.MAX_LENGTH)).reference())
                .hasSize(Purpose.SupportTicket.MAX_LENGTH);
        assertThatThrownBy(() -> new Purpose.SupportTicket("T".repeat(Purpose.SupportTicket.MAX_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_free_text_reason_is_kept_stripped() {
        assertThat(new Purpose.FreeText("  checking a failed sync  ").reason()).isEqualTo("checking a failed sync");
        assertThat(new Purpose.FreeText("checking").describe()).isEqualTo("reason: checking");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n", "line one\nline two"})
    void a_blank_or_multi_line_reason_is_rejected(String reason) {
        assertThatThrownBy(() -> new Purpose.FreeText(reason)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_reason_with_an_unpaired_surrogate_is_rejected_but_paired_ones_are_fine() {
        assertThatThrownBy(() -> new Purpose.FreeText("broken \uD83D text"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Purpose.FreeText("broken \uDE00 text"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Purpose.FreeText("emoji \uD83D\uDE00 ok").reason()).isEqualTo("emoji 😀 ok");
    }

    @Test
    void a_null_reason_is_rejected() {
        assertThatThrownBy(() -> new Purpose.FreeText(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Purpose.SupportTicket(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void free_text_reasons_are_bounded() {
        assertThat(new Purpose.FreeText("é".repeat(Purpose.FreeText.MAX_LENGTH)).reason())
                .hasSize(Purpose.FreeText.MAX_LENGTH);
        assertThatThrownBy(() -> new Purpose.FreeText("x".repeat(Purpose.FreeText.MAX_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
