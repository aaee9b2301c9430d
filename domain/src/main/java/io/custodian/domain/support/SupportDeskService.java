package io.custodian.domain.support;

import io.custodian.domain.access.Purpose;
import io.custodian.domain.audit.Actor;
import io.custodian.domain.audit.AuditAction;
import io.custodian.domain.audit.AuditOutcome;
import io.custodian.domain.audit.AuditSubject;
import io.custodian.domain.audit.RecordAuditEntryCommand;
import io.custodian.domain.audit.RecordAuditEntryUseCase;
import io.custodian.domain.common.Transactions;
import io.custodian.domain.datamap.Category;
import io.custodian.domain.receipt.CanonicalForm;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The support desk for staff: the ticket queue, one ticket, and resolving a ticket (audited). Reads are not audited
 * here: the staff API authorises and audits every staff read.
 */
public final class SupportDeskService implements ListTicketsUseCase, FindTicketUseCase, ResolveTicketUseCase {

    /** The audit action of a resolution. */
    public static final AuditAction RESOLVE = new AuditAction("support-ticket.resolve");

    private final TicketSink tickets;
    private final RecordAuditEntryUseCase audit;
    private final InstantSource clock;
    private final Transactions transactions;

    public SupportDeskService(TicketSink tickets, RecordAuditEntryUseCase audit, InstantSource clock,
                              Transactions transactions) {
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public TicketPage list(ListTicketsQuery query) {
        Objects.requireNonNull(query, "query");
        return transactions.inTransaction(() -> {
            // one more than asked for tells whether there is a next page
            List<TicketView> page = tickets.list(query.status(), query.tenant(), query.after(), query.limit() + 1);
            long total = tickets.count(query.status(), query.tenant());
            if (page.size() <= query.limit()) {
                return new TicketPage(page, Optional.empty(), Math.max(total, page.size()));
            }
            List<TicketView> shown = page.subList(0, query.limit());
            return new TicketPage(shown, Optional.of(TicketCursor.after(shown.getLast().ticket())),
                    Math.max(total, shown.size()));
        });
    }

    @Override
    public Optional<TicketView> find(TicketId id) {
        Objects.requireNonNull(id, "id");
        return transactions.inTransaction(() -> tickets.view(id));
    }

    @Override
    public ResolveTicketUseCase.Outcome resolve(ResolveTicketCommand command) {
        Objects.requireNonNull(command, "command");
        return transactions.inTransaction(() -> {
            Optional<TicketView> found = tickets.view(command.ticket());
            if (found.isEmpty()) {
                return new NotFound();
            }
            TicketView view = found.get();
            return switch (view.status()) {
                case RESOLVED -> new AlreadyResolved(view);
                case OPEN -> {
                    // never before the opening, even if this process's clock lags the one that opened it
                    Instant now = CanonicalForm.storedPrecision(clock.instant());
                    Instant at = now.isBefore(view.ticket().openedAt()) ? view.ticket().openedAt() : now;
                    SupportTicket resolved = view.ticket().resolve(at);
                    tickets.update(resolved);
                    audit.record(new RecordAuditEntryCommand(Actor.staff(command.staff()), RESOLVE,
                            Optional.of(new AuditSubject("ticket", view.id().value())), Optional.of(view.tenant()),
                            Optional.of(Category.SUPPORT), Optional.of(new Purpose.SupportTicket(view.id().value())),
                            AuditOutcome.SUCCEEDED));
                    yield new Resolved(new TicketView(resolved, view.report(), view.forwarding(), view.bundle()));
                }
            };
        });
    }
}
