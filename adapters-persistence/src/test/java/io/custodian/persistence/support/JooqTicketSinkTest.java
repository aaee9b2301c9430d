package io.custodian.persistence.support;

import io.custodian.domain.support.SupportTicket;
import io.custodian.domain.support.TicketId;
import io.custodian.domain.support.TicketSink;
import io.custodian.domain.support.TicketSinkContract;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.persistence.retention.JooqItems;
import io.custodian.persistence.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JooqTicketSinkTest extends DatabaseTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    @Nested
    class Contract extends TicketSinkContract {
        @Override
        protected TicketSink emptySink() {
            emptyTables();
            installTenants("acme");
            return new JooqTicketSink(dsl());
        }
    }

    private JooqTicketSink sink;

    @BeforeEach
    void emptySink() {
        emptyTables();
        installTenants("acme", "globex");
        sink = new JooqTicketSink(dsl());
    }

    @Test
    void a_ticket_is_the_support_ticket_item_the_inventory_sees_with_its_resolution() {
        SupportTicket ticket = SupportTicket.open(new TicketId("T-1"), new ClientKey("acme"), T0);
        sink.open(ticket);
        SupportTicket resolved = ticket.resolve(T0.plusSeconds(3600));
        sink.update(resolved);

        assertThat(new JooqItems(dsl()).itemsOf(new ClientKey("acme"))).containsExactly(resolved.asStoredItem());
    }

    @Test
    void a_ticket_id_is_opened_once_across_tenants() {
        sink.open(SupportTicket.open(new TicketId("T-1"), new ClientKey("acme"), T0));

        assertThatThrownBy(() -> sink.open(SupportTicket.open(new TicketId("T-1"), new ClientKey("globex"), T0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(sink.find(new TicketId("T-1")).orElseThrow().tenant()).isEqualTo(new ClientKey("acme"));
    }

    @Test
    void an_update_names_the_ticket_of_its_own_tenant_only() {
        SupportTicket ticket = SupportTicket.open(new TicketId("T-1"), new ClientKey("acme"), T0);
        sink.open(ticket);

        sink.update(SupportTicket.open(new TicketId("T-1"), new ClientKey("globex"), T0).resolve(T0.plusSeconds(5)));

        assertThat(sink.find(ticket.id())).contains(ticket);
    }
}
