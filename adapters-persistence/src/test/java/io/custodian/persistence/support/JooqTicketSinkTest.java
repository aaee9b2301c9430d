package io.custodian.persistence.support;

import io.custodian.domain.support.Forwarding;
import io.custodian.domain.support.ProblemReport;
import io.custodian.domain.support.ReporterEmail;
import io.custodian.domain.support.SupportTicket;
import io.custodian.domain.support.TicketId;
import io.custodian.domain.support.TicketSinkContract;
import io.custodian.domain.retention.StoredItem;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.persistence.retention.JooqItems;
import io.custodian.persistence.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static io.custodian.persistence.jooq.Tables.SUPPORT_TICKET;
import static org.assertj.core.api.Assertions.assertThat;

class JooqTicketSinkTest extends DatabaseTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final ClientKey ACME = new ClientKey("acme");

    @Nested
    class Contract extends TicketSinkContract {
        @Override
        protected Desk emptyDesk() {
            emptyTables();
            installTenants("acme", "globex");
            JooqItems items = new JooqItems(dsl());
            return new Desk(new JooqTicketSink(dsl()), items, items);
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
        SupportTicket ticket = SupportTicket.open(new TicketId("T-1"), ACME, T0);
        sink.open(ticket, new ProblemReport(new ReporterEmail("jane@acme.example"), "x", ""),
                new Forwarding.Pending());
        SupportTicket resolved = ticket.resolve(T0.plusSeconds(3600));
        sink.update(resolved);

        assertThat(new JooqItems(dsl()).itemsOf(ACME)).containsExactly(resolved.asStoredItem());
    }

    @Test
    void a_ticket_row_written_through_the_item_port_has_no_report_and_is_not_on_the_desk() {
        new JooqItems(dsl()).save(StoredItem.of(ACME, io.custodian.domain.datamap.ItemKind.SUPPORT_TICKET, "T-9", T0),
                new io.custodian.domain.retention.ItemContent(new byte[0]));

        assertThat(sink.find(new TicketId("T-9"))).isPresent();
        assertThat(sink.view(new TicketId("T-9"))).isEmpty();
        assertThat(sink.list(Optional.empty(), Optional.empty(), Optional.empty(), 10)).isEmpty();
        assertThat(sink.count(Optional.empty(), Optional.empty())).isZero();
    }

    @Test
    void the_report_lives_in_the_ticket_row_and_goes_with_it() {
        SupportTicket ticket = SupportTicket.open(new TicketId("T-1"), ACME, T0);
        sink.open(ticket, new ProblemReport(new ReporterEmail("jane@acme.example"), "Sync stopped", "details"),
                new Forwarding.Pending());
        assertThat(dsl().fetchValue(SUPPORT_TICKET.REPORTER_EMAIL, SUPPORT_TICKET.ITEM_ID.eq("T-1")))
                .isEqualTo("jane@acme.example");

        new JooqItems(dsl()).delete(java.util.List.of(ticket.asStoredItem().ref()));

        assertThat(dsl().fetchCount(SUPPORT_TICKET)).isZero();
    }
}
