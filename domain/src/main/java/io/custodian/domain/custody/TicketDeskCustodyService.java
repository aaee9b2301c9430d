package io.custodian.domain.custody;

import io.custodian.domain.access.AccessAction;
import io.custodian.domain.access.AuthoriseTenantReadCommand;
import io.custodian.domain.access.AuthoriseTenantReadUseCase;
import io.custodian.domain.access.Decision;
import io.custodian.domain.access.Purpose;
import io.custodian.domain.access.RefusalReason;
import io.custodian.domain.access.StaffDirectory;
import io.custodian.domain.access.StaffId;
import io.custodian.domain.access.TenantStatus;
import io.custodian.domain.audit.Actor;
import io.custodian.domain.audit.AuditAction;
import io.custodian.domain.audit.AuditOutcome;
import io.custodian.domain.audit.AuditSubject;
import io.custodian.domain.audit.RecordAuditEntryCommand;
import io.custodian.domain.audit.RecordAuditEntryUseCase;
import io.custodian.domain.common.Transactions;
import io.custodian.domain.datamap.Category;
import io.custodian.domain.location.DataLocation;
import io.custodian.domain.support.DownloadBundleCommand;
import io.custodian.domain.support.DownloadBundleUseCase;
import io.custodian.domain.support.FindTicketUseCase;
import io.custodian.domain.support.ListTicketsQuery;
import io.custodian.domain.support.ListTicketsUseCase;
import io.custodian.domain.support.ResolveTicketCommand;
import io.custodian.domain.support.ResolveTicketUseCase;
import io.custodian.domain.support.TicketCursor;
import io.custodian.domain.support.TicketId;
import io.custodian.domain.support.TicketPage;
import io.custodian.domain.support.TicketView;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.InstallationRecord;
import io.custodian.domain.tenant.TenantState;
import io.custodian.domain.tenant.TenantStore;

import java.time.InstantSource;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The support desk for staff, authorised and audited: the support package's in-ports read and record, this service
 * decides who may and writes the audit entries, in the same transaction. A ticket's report and bundle are Support Data
 * of its tenant: reading them is a read of tenant data (access policy, category {@link Category#SUPPORT}, purpose).
 */
public final class TicketDeskCustodyService implements ListTicketQueueUseCase, ViewTicketUseCase,
        FetchTicketBundleUseCase, ResolveQueuedTicketUseCase {

    public static final String LIST_ACTION = "support-ticket.list";
    public static final String DOWNLOAD_ACTION = "support-bundle.download";
    public static final String RESOLVE_ACTION = "support-ticket.resolve";
    /** The audit subject types of a ticket and of a bundle download. */
    public static final String TICKET_SUBJECT = "support-ticket";
    public static final String DOWNLOAD_SUBJECT = "bundle-download";

    private final TenantStore tenants;
    private final StaffDirectory staff;
    private final AuthoriseTenantReadUseCase authoriser;
    private final RecordAuditEntryUseCase audit;
    private final ListTicketsUseCase listTickets;
    private final FindTicketUseCase findTicket;
    private final ResolveTicketUseCase resolveTicket;
    private final DownloadBundleUseCase downloadBundle;
    private final InstantSource clock;
    private final Transactions transactions;
    private final DataLocation deploymentLocation;

    public TicketDeskCustodyService(TenantStore tenants, StaffDirectory staff, AuthoriseTenantReadUseCase authoriser,
                                    RecordAuditEntryUseCase audit, ListTicketsUseCase listTickets,
                                    FindTicketUseCase findTicket, ResolveTicketUseCase resolveTicket,
                                    DownloadBundleUseCase downloadBundle, InstantSource clock,
                                    Transactions transactions, DataLocation deploymentLocation) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.staff = Objects.requireNonNull(staff, "staff");
        this.authoriser = Objects.requireNonNull(authoriser, "authoriser");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.listTickets = Objects.requireNonNull(listTickets, "listTickets");
        this.findTicket = Objects.requireNonNull(findTicket, "findTicket");
        this.resolveTicket = Objects.requireNonNull(resolveTicket, "resolveTicket");
        this.downloadBundle = Objects.requireNonNull(downloadBundle, "downloadBundle");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.deploymentLocation = Objects.requireNonNull(deploymentLocation, "deploymentLocation");
    }

    @Override
    public CustodyOutcome<Page<TicketView>> list(ListTicketQueueQuery query) {
        Objects.requireNonNull(query, "query");
        return transactions.inTransaction(() -> {
            Decision decision = StaffStanding.mayBrowseTenants(staff, query.staff(), clock.instant());
            record(query.staff(), LIST_ACTION, Optional.empty(), Optional.empty(), outcomeOf(decision));
            return switch (decision) {
                case Decision.Refused refused -> CustodyOutcome.refused(refused);
                case Decision.Allowed allowed -> CustodyOutcome.shown(page(query));
            };
        });
    }

    @Override
    public CustodyOutcome<TicketView> view(TicketReadQuery query) {
        Objects.requireNonNull(query, "query");
        return authorisedRead(query, ticket -> CustodyOutcome.shown(ticket));
    }

    @Override
    public CustodyOutcome<DownloadBundleUseCase.Downloaded> fetch(TicketReadQuery query) {
        Objects.requireNonNull(query, "query");
        return authorisedRead(query, ticket -> switch (downloadBundle.download(
                new DownloadBundleCommand(ticket.id(), query.staff()))) {
            case DownloadBundleUseCase.Downloaded downloaded -> {
                audit.record(new RecordAuditEntryCommand(Actor.staff(query.staff()), new AuditAction(DOWNLOAD_ACTION),
                        Optional.of(new AuditSubject(DOWNLOAD_SUBJECT, downloaded.download().id().toString())),
                        Optional.of(ticket.tenant()), Optional.of(Category.SUPPORT), query.purpose(),
                        AuditOutcome.SUCCEEDED));
                yield CustodyOutcome.shown(downloaded);
            }
            case DownloadBundleUseCase.TicketNotFound gone -> new CustodyOutcome.NotFound<>("no ticket " + ticket.id());
            case DownloadBundleUseCase.BundleNotFound gone -> new CustodyOutcome.NotFound<>(
                    "the support bundle of ticket " + ticket.id() + " has been deleted");
        });
    }

    @Override
    public CustodyOutcome<TicketView> resolve(StaffId staffId, TicketId ticket) {
        Objects.requireNonNull(staffId, "staff");
        Objects.requireNonNull(ticket, "ticket");
        return transactions.inTransaction(() -> {
            Decision decision = StaffStanding.mayBrowseTenants(staff, staffId, clock.instant());
            if (decision instanceof Decision.Refused refused) {
                record(staffId, RESOLVE_ACTION, Optional.of(new AuditSubject(TICKET_SUBJECT, ticket.value())),
                        Optional.empty(), outcomeOf(refused));
                return CustodyOutcome.refused(refused);
            }
            return switch (resolveTicket.resolve(new ResolveTicketCommand(ticket, staffId))) {
                case ResolveTicketUseCase.Resolved resolved -> CustodyOutcome.shown(resolved.ticket());
                case ResolveTicketUseCase.AlreadyResolved already -> CustodyOutcome.shown(already.ticket());
                case ResolveTicketUseCase.NotFound notFound -> new CustodyOutcome.NotFound<>("no ticket " + ticket);
            };
        });
    }

    /**
     * Finds the ticket, decides (and logs) the read of its tenant's Support Data, and only when allowed runs
     * {@code read}; all in one transaction. An unknown ticket is checked against the rules that do not need a tenant
     * (in service, team, purpose stated): a refusal is audited with the ticket as subject; otherwise it is not found.
     */
    private <T> CustodyOutcome<T> authorisedRead(TicketReadQuery query, Function<TicketView, CustodyOutcome<T>> read) {
        return transactions.inTransaction(() -> {
            Optional<TicketView> ticket = findTicket.find(query.ticket());
            if (ticket.isEmpty()) {
                Decision decision = StaffStanding.mayReadSupportData(staff, query.staff(), query.purpose(),
                        clock.instant());
                return switch (decision) {
                    case Decision.Refused refused -> {
                        audit.record(new RecordAuditEntryCommand(Actor.staff(query.staff()),
                                new AuditAction(AccessAction.READ_TENANT_DATA.code()),
                                Optional.of(new AuditSubject(TICKET_SUBJECT, query.ticket().value())),
                                Optional.empty(), Optional.of(Category.SUPPORT), query.purpose(), outcomeOf(refused)));
                        yield CustodyOutcome.refused(refused);
                    }
                    case Decision.Allowed allowed -> new CustodyOutcome.NotFound<>("no ticket " + query.ticket());
                };
            }
            Optional<InstallationRecord> record = tenants.find(ticket.get().tenant())
                    .filter(found -> found.state() != TenantState.PURGED);
            TenantStatus status = new TenantStatus(ticket.get().tenant(),
                    record.map(InstallationRecord::state).orElse(TenantState.PURGED));
            Decision decision = authoriser.authorise(new AuthoriseTenantReadCommand(query.staff(), status,
                    record.map(InstallationRecord::location).orElse(deploymentLocation), Category.SUPPORT,
                    query.purpose()));
            return switch (decision) {
                case Decision.Refused refused when refused.reason() == RefusalReason.TENANT_PURGED ->
                        new CustodyOutcome.NotFound<>("no ticket " + query.ticket());
                case Decision.Refused refused -> CustodyOutcome.refused(refused);
                case Decision.Allowed allowed -> read.apply(ticket.get());
            };
        });
    }

    /** The page asked for, walking the desk's keyset pages up to it (at most 200 tickets per step). */
    private Page<TicketView> page(ListTicketQueueQuery query) {
        Optional<TicketCursor> after = Optional.empty();
        long toSkip = query.page().offset();
        long total = -1;
        while (toSkip > 0) {
            int step = (int) Math.min(ListTicketsQuery.MAX_LIMIT, toSkip);
            TicketPage skipped = listTickets.list(new ListTicketsQuery(query.status(), query.tenant(), after, step));
            total = skipped.total();
            toSkip -= skipped.tickets().size();
            after = skipped.next();
            if (after.isEmpty()) {
                return new Page<>(List.of(), query.page(), total);
            }
        }
        TicketPage page = listTickets.list(new ListTicketsQuery(query.status(), query.tenant(), after,
                query.page().size()));
        return new Page<>(page.tickets(), query.page(), Math.max(page.total(),
                query.page().offset() + page.tickets().size()));
    }

    private void record(StaffId actor, String action, Optional<AuditSubject> subject,
                        Optional<ClientKey> tenant, AuditOutcome outcome) {
        audit.record(new RecordAuditEntryCommand(Actor.staff(actor), new AuditAction(action), subject, tenant,
                Optional.empty(), Optional.empty(), outcome));
    }

    private static AuditOutcome outcomeOf(Decision decision) {
        return switch (decision) {
            case Decision.Allowed allowed -> AuditOutcome.ALLOWED;
            case Decision.Refused refused -> {
                String reason = refused.reason().name() + ": " + refused.message();
                yield new AuditOutcome.Refused(reason.length() <= AuditOutcome.MAX_REASON_LENGTH ? reason
                        : reason.substring(0, AuditOutcome.MAX_REASON_LENGTH));
            }
        };
    }
}
