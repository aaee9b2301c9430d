package io.custodian.persistence.support;

import io.custodian.domain.support.SupportTicket;
import io.custodian.domain.support.TicketId;
import io.custodian.domain.support.TicketSink;
import io.custodian.domain.support.TicketStatus;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.persistence.DatabaseTime;
import org.jooq.DSLContext;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static io.custodian.persistence.jooq.Tables.SUPPORT_TICKET;

/**
 * {@link TicketSink} on the {@code support_ticket} table, the table registered for the item kind
 * {@code SUPPORT_TICKET}: a ticket is an item (id = ticket id, last written = opened), so the retention inventory
 * sees its resolution time. A ticket opened here has empty content; a problem report's snapshot is its
 * {@code support_bundle} child. The ticket's tenant must be installed (the table references {@code tenant}).
 * <p>Ticket ids are unique across tenants: the support desk finds a ticket by its id alone. {@link #open} checks
 * it (an index on the id serves the check); the database enforces uniqueness only per tenant, because a global
 * unique index could not include the shard key.
 */
public final class JooqTicketSink implements TicketSink {

    private static final byte[] NO_CONTENT = new byte[0];

    private final DSLContext dsl;

    public JooqTicketSink(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    /** @throws IllegalArgumentException if a ticket with this id exists already, for any tenant */
    @Override
    public void open(SupportTicket ticket) {
        Objects.requireNonNull(ticket, "ticket");
        dsl.transaction(() -> { // no-arg lambda: joins the thread's transaction as a savepoint
            if (dsl.fetchExists(SUPPORT_TICKET, SUPPORT_TICKET.ITEM_ID.eq(ticket.id().value()))) {
                throw new IllegalArgumentException("ticket " + ticket.id() + " is already open");
            }
            dsl.insertInto(SUPPORT_TICKET)
                    .set(SUPPORT_TICKET.CLIENT_KEY, ticket.tenant().value())
                    .set(SUPPORT_TICKET.ITEM_ID, ticket.id().value())
                    .set(SUPPORT_TICKET.STATUS, ticket.status().name())
                    .set(SUPPORT_TICKET.LAST_WRITTEN_AT, DatabaseTime.utc(ticket.openedAt()))
                    .set(SUPPORT_TICKET.RESOLVED_AT, ticket.resolvedAt().map(DatabaseTime::utc).orElse(null))
                    .set(SUPPORT_TICKET.CONTENT, NO_CONTENT)
                    .execute();
        });
    }

    @Override
    public void update(SupportTicket ticket) {
        Objects.requireNonNull(ticket, "ticket");
        dsl.update(SUPPORT_TICKET)
                .set(SUPPORT_TICKET.STATUS, ticket.status().name())
                .set(SUPPORT_TICKET.RESOLVED_AT, ticket.resolvedAt().map(DatabaseTime::utc).orElse(null))
                .where(SUPPORT_TICKET.CLIENT_KEY.eq(ticket.tenant().value()))
                .and(SUPPORT_TICKET.ITEM_ID.eq(ticket.id().value()))
                .execute();
    }

    @Override
    public Optional<SupportTicket> find(TicketId id) {
        Objects.requireNonNull(id, "id");
        List<SupportTicket> tickets = dsl.select(SUPPORT_TICKET.CLIENT_KEY, SUPPORT_TICKET.STATUS,
                        SUPPORT_TICKET.LAST_WRITTEN_AT, SUPPORT_TICKET.RESOLVED_AT)
                .from(SUPPORT_TICKET)
                .where(SUPPORT_TICKET.ITEM_ID.eq(id.value()))
                .fetch(row -> new SupportTicket(id, new ClientKey(row.value1()), TicketStatus.valueOf(row.value2()),
                        row.value3().toInstant(), Optional.ofNullable(row.value4()).map(OffsetDateTime::toInstant)));
        if (tickets.size() > 1) {
            throw new IllegalStateException("ticket id " + id + " is used by " + tickets.size() + " tenants");
        }
        return tickets.stream().findFirst();
    }
}
