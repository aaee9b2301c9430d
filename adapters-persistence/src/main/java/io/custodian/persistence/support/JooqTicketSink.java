package io.custodian.persistence.support;

import io.custodian.domain.support.BundleInfo;
import io.custodian.domain.support.Forwarding;
import io.custodian.domain.support.ProblemReport;
import io.custodian.domain.support.ReporterEmail;
import io.custodian.domain.support.SupportTicket;
import io.custodian.domain.support.TicketCursor;
import io.custodian.domain.support.TicketId;
import io.custodian.domain.support.TicketSink;
import io.custodian.domain.support.TicketStatus;
import io.custodian.domain.support.TicketView;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.persistence.DatabaseTime;
import io.custodian.persistence.jooq.tables.SupportBundle;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.impl.DSL;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static io.custodian.persistence.jooq.Tables.SUPPORT_BUNDLE;
import static io.custodian.persistence.jooq.Tables.SUPPORT_TICKET;

/**
 * {@link TicketSink} on the {@code support_ticket} table, the table registered for the item kind
 * {@code SUPPORT_TICKET}: a ticket is an item (id = ticket id, last written = opened), so the retention inventory
 * sees its resolution time, and its report (migration V7) goes with the row when retention or a purge deletes it. A
 * ticket opened here has empty item content; a problem report's snapshot is its {@code support_bundle} child, whose
 * item id is the ticket id too. The ticket's tenant must be installed (the table references {@code tenant}).
 * <p>Ticket ids are unique across tenants: the support desk finds a ticket by its id alone. {@link #open} checks
 * it (an index on the id serves the check); the database enforces uniqueness only per tenant, because a global
 * unique index could not include the shard key. The desk ({@link #view}, {@link #list}, {@link #count}) shows only
 * rows with a report: a ticket row written through the generic item port has none.
 * <p>Joins the caller's transaction.
 */
public final class JooqTicketSink implements TicketSink {

    private static final byte[] NO_CONTENT = new byte[0];
    private static final String PENDING = "PENDING";
    private static final String NOT_FORWARDED = "NOT_FORWARDED";
    private static final String FORWARDED = "FORWARDED";
    private static final String FAILED = "FAILED";

    private static final SupportBundle BUNDLE = SUPPORT_BUNDLE.as("bundle");
    private static final Field<Integer> BUNDLE_BYTES = DSL.binaryOctetLength(BUNDLE.CONTENT).as("bundle_bytes");
    private static final Condition ON_THE_DESK = SUPPORT_TICKET.REPORTER_EMAIL.isNotNull();
    private static final List<SelectField<?>> VIEW_FIELDS = List.of(SUPPORT_TICKET.ITEM_ID, SUPPORT_TICKET.CLIENT_KEY,
            SUPPORT_TICKET.STATUS, SUPPORT_TICKET.LAST_WRITTEN_AT, SUPPORT_TICKET.RESOLVED_AT,
            SUPPORT_TICKET.REPORTER_EMAIL, SUPPORT_TICKET.SUMMARY, SUPPORT_TICKET.DESCRIPTION,
            SUPPORT_TICKET.FORWARDING_STATE, SUPPORT_TICKET.FORWARDING_REFERENCE, SUPPORT_TICKET.FORWARDING_FAILURE,
            SUPPORT_TICKET.FORWARDED_AT, BUNDLE_BYTES, BUNDLE.LAST_WRITTEN_AT);

    private final DSLContext dsl;

    public JooqTicketSink(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    /** @throws IllegalArgumentException if a ticket with this id exists already, for any tenant */
    @Override
    public void open(SupportTicket ticket, ProblemReport report, Forwarding forwarding) {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(forwarding, "forwarding");
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
                    .set(SUPPORT_TICKET.REPORTER_EMAIL, report.reporter().value())
                    .set(SUPPORT_TICKET.SUMMARY, report.summary())
                    .set(SUPPORT_TICKET.DESCRIPTION, report.description())
                    .set(SUPPORT_TICKET.FORWARDING_STATE, stateOf(forwarding))
                    .set(SUPPORT_TICKET.FORWARDING_REFERENCE, referenceOf(forwarding))
                    .set(SUPPORT_TICKET.FORWARDING_FAILURE, failureOf(forwarding))
                    .set(SUPPORT_TICKET.FORWARDED_AT, forwardedAtOf(forwarding))
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
    public void recordForwarding(TicketId id, Forwarding forwarding) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(forwarding, "forwarding");
        dsl.update(SUPPORT_TICKET)
                .set(SUPPORT_TICKET.FORWARDING_STATE, stateOf(forwarding))
                .set(SUPPORT_TICKET.FORWARDING_REFERENCE, referenceOf(forwarding))
                .set(SUPPORT_TICKET.FORWARDING_FAILURE, failureOf(forwarding))
                .set(SUPPORT_TICKET.FORWARDED_AT, forwardedAtOf(forwarding))
                .where(SUPPORT_TICKET.ITEM_ID.eq(id.value()))
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
        return single(id, tickets);
    }

    @Override
    public Optional<TicketView> view(TicketId id) {
        Objects.requireNonNull(id, "id");
        List<TicketView> views = dsl.select(VIEW_FIELDS)
                .from(SUPPORT_TICKET)
                .leftJoin(BUNDLE).on(BUNDLE.CLIENT_KEY.eq(SUPPORT_TICKET.CLIENT_KEY))
                .and(BUNDLE.ITEM_ID.eq(SUPPORT_TICKET.ITEM_ID))
                .where(SUPPORT_TICKET.ITEM_ID.eq(id.value()))
                .and(ON_THE_DESK)
                .fetch(JooqTicketSink::toView);
        return single(id, views);
    }

    @Override
    public List<TicketView> list(Optional<TicketStatus> status, Optional<ClientKey> tenant,
                                 Optional<TicketCursor> after, int limit) {
        Objects.requireNonNull(after, "after");
        if (limit < 1 || limit > MAX_LIST_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIST_LIMIT + ", was " + limit);
        }
        Condition afterCursor = after
                .map(cursor -> DSL.row(SUPPORT_TICKET.LAST_WRITTEN_AT, SUPPORT_TICKET.ITEM_ID)
                        .gt(DSL.row(DatabaseTime.utc(cursor.openedAt()), cursor.id().value())))
                .orElse(DSL.noCondition());
        return dsl.select(VIEW_FIELDS)
                .from(SUPPORT_TICKET)
                .leftJoin(BUNDLE).on(BUNDLE.CLIENT_KEY.eq(SUPPORT_TICKET.CLIENT_KEY))
                .and(BUNDLE.ITEM_ID.eq(SUPPORT_TICKET.ITEM_ID))
                .where(filter(status, tenant))
                .and(afterCursor)
                .orderBy(SUPPORT_TICKET.LAST_WRITTEN_AT, SUPPORT_TICKET.ITEM_ID)
                .limit(limit)
                .fetch(JooqTicketSink::toView);
    }

    @Override
    public long count(Optional<TicketStatus> status, Optional<ClientKey> tenant) {
        return dsl.fetchCount(SUPPORT_TICKET, filter(status, tenant));
    }

    private static Condition filter(Optional<TicketStatus> status, Optional<ClientKey> tenant) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(tenant, "tenant");
        return ON_THE_DESK
                .and(status.map(wanted -> SUPPORT_TICKET.STATUS.eq(wanted.name())).orElse(DSL.noCondition()))
                .and(tenant.map(wanted -> SUPPORT_TICKET.CLIENT_KEY.eq(wanted.value())).orElse(DSL.noCondition()));
    }

    private static <T> Optional<T> single(TicketId id, List<T> rows) {
        if (rows.size() > 1) {
            throw new IllegalStateException("ticket id " + id + " is used by " + rows.size() + " tenants");
        }
        return rows.stream().findFirst();
    }

    private static TicketView toView(Record row) {
        TicketId id = new TicketId(row.get(SUPPORT_TICKET.ITEM_ID));
        SupportTicket ticket = new SupportTicket(id, new ClientKey(row.get(SUPPORT_TICKET.CLIENT_KEY)),
                TicketStatus.valueOf(row.get(SUPPORT_TICKET.STATUS)), row.get(SUPPORT_TICKET.LAST_WRITTEN_AT).toInstant(),
                Optional.ofNullable(row.get(SUPPORT_TICKET.RESOLVED_AT)).map(OffsetDateTime::toInstant));
        ProblemReport report = new ProblemReport(new ReporterEmail(row.get(SUPPORT_TICKET.REPORTER_EMAIL)),
                row.get(SUPPORT_TICKET.SUMMARY), row.get(SUPPORT_TICKET.DESCRIPTION));
        Optional<BundleInfo> bundle = Optional.ofNullable(row.get(BUNDLE.LAST_WRITTEN_AT))
                .map(collected -> new BundleInfo(row.get(BUNDLE_BYTES), collected.toInstant()));
        return new TicketView(ticket, report, forwardingOf(row), bundle);
    }

    private static Forwarding forwardingOf(Record row) {
        String state = row.get(SUPPORT_TICKET.FORWARDING_STATE);
        return switch (state) {
            case PENDING -> new Forwarding.Pending();
            case NOT_FORWARDED -> new Forwarding.NotForwarded();
            case FORWARDED -> new Forwarding.Forwarded(row.get(SUPPORT_TICKET.FORWARDING_REFERENCE),
                    row.get(SUPPORT_TICKET.FORWARDED_AT).toInstant());
            case FAILED -> new Forwarding.Failed(row.get(SUPPORT_TICKET.FORWARDING_FAILURE),
                    row.get(SUPPORT_TICKET.FORWARDED_AT).toInstant());
            default -> throw new IllegalStateException("unknown forwarding state " + state);
        };
    }

    private static String stateOf(Forwarding forwarding) {
        return switch (forwarding) {
            case Forwarding.Pending pending -> PENDING;
            case Forwarding.NotForwarded notForwarded -> NOT_FORWARDED;
            case Forwarding.Forwarded forwarded -> FORWARDED;
            case Forwarding.Failed failed -> FAILED;
        };
    }

    private static String referenceOf(Forwarding forwarding) {
        return forwarding instanceof Forwarding.Forwarded(String reference, var at) ? reference : null;
    }

    private static String failureOf(Forwarding forwarding) {
        return forwarding instanceof Forwarding.Failed(String reason, var at) ? reason : null;
    }

    private static OffsetDateTime forwardedAtOf(Forwarding forwarding) {
        return switch (forwarding) {
            case Forwarding.Pending pending -> null;
            case Forwarding.NotForwarded notForwarded -> null;
            case Forwarding.Forwarded(var reference, var at) -> DatabaseTime.utc(at);
            case Forwarding.Failed(var reason, var at) -> DatabaseTime.utc(at);
        };
    }
}
