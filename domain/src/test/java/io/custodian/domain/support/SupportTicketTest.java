package io.custodian.domain.support;

import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.tenant.ClientKey;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SupportTicketTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final ClientKey ACME = new ClientKey("acme");

    @Test
    void resolving_records_the_resolution_time_once() {
        SupportTicket resolved = SupportTicket.open(new TicketId("T-1"), ACME, T0).resolve(T0.plusSeconds(60));
        assertThat(resolved.status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(resolved.resolvedAt()).contains(T0.plusSeconds(60));
        assertThat(resolved.resolve(T0.plusSeconds(120))).isEqualTo(resolved);
    }

    @Test
    void a_ticket_cannot_be_resolved_before_it_was_opened_or_be_open_with_a_resolution() {
        assertThatThrownBy(() -> SupportTicket.open(new TicketId("T-1"), ACME, T0).resolve(T0.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SupportTicket(new TicketId("T-1"), ACME, TicketStatus.OPEN, T0, Optional.of(T0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void retention_sees_the_ticket_as_a_support_ticket_item_with_its_resolution() {
        SupportTicket resolved = SupportTicket.open(new TicketId("T-1"), ACME, T0).resolve(T0.plusSeconds(60));
        assertThat(resolved.asStoredItem().kind()).isEqualTo(ItemKind.SUPPORT_TICKET);
        assertThat(resolved.asStoredItem().resolvedAt()).contains(T0.plusSeconds(60));
        assertThat(resolved.asStoredItem().id().value()).isEqualTo("T-1");
    }
}
