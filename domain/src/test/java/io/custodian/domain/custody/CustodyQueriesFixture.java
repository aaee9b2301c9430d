package io.custodian.domain.custody;

import io.custodian.domain.access.AuthoriseTenantReadService;
import io.custodian.domain.access.ManageStaffService;
import io.custodian.domain.access.StaffId;
import io.custodian.domain.access.StaffMember;
import io.custodian.domain.access.StaffMemberBuilder;
import io.custodian.domain.audit.AuditDraft;
import io.custodian.domain.audit.AuditEntry;
import io.custodian.domain.audit.AuditPageQuery;
import io.custodian.domain.audit.AuditTrail;
import io.custodian.domain.audit.AuditTrailAccessLog;
import io.custodian.domain.audit.RecordAuditEntryService;
import io.custodian.domain.deletion.DeletionRequestId;
import io.custodian.domain.deletion.EarlyDeletionService;
import io.custodian.domain.receipt.HmacTenantPseudonymiser;
import io.custodian.domain.receipt.TenantPseudonymiser;
import io.custodian.domain.receipt.VerifyReceiptService;
import io.custodian.domain.retention.CustodyFixture;
import io.custodian.domain.retention.Inventory;
import io.custodian.domain.retention.ItemRef;
import io.custodian.domain.retention.ItemId;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.retention.StoredItem;
import io.custodian.domain.support.BundleDownloadService;
import io.custodian.domain.support.DownloadId;
import io.custodian.domain.support.ForwardingResult;
import io.custodian.domain.support.InMemoryBundleDownloads;
import io.custodian.domain.support.InMemoryTicketSink;
import io.custodian.domain.support.ProblemReport;
import io.custodian.domain.support.ProblemReportPolicy;
import io.custodian.domain.support.ReportProblemCommand;
import io.custodian.domain.support.ReportProblemService;
import io.custodian.domain.support.ReportProblemUseCase;
import io.custodian.domain.support.ReporterEmail;
import io.custodian.domain.support.ScriptedTicketForwarder;
import io.custodian.domain.support.SupportDeskService;
import io.custodian.domain.support.TicketId;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.InMemoryTenantLicenses;
import io.custodian.domain.tenant.Tenants;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The staff queries wired over the {@link CustodyFixture}'s fakes. The audit trail and the inventory record whether
 * each call happened inside a unit of work, so tests can see that the read and its audit entry share one.
 */
public final class CustodyQueriesFixture {

    public final CustodyFixture custody = new CustodyFixture();
    public final TenantPseudonymiser pseudonymiser = new HmacTenantPseudonymiser(new byte[32]);
    public final InMemoryTenantLicenses licenses = new InMemoryTenantLicenses();
    public final InMemoryDeletionRequestLog requestLog = new InMemoryDeletionRequestLog();
    /** Did each audit append and each inventory read happen inside a transaction? (in call order) */
    public final List<String> observed = new ArrayList<>();
    public final StaffMember developer = StaffMemberBuilder.aDeveloper().build();
    public final StaffMember endedSubcontractor = StaffMemberBuilder.aSupportEngineer()
            .subcontractorUntil(LocalDate.of(2026, 2, 27)).build();
    public final StaffMember disabled = StaffMemberBuilder.aSupportEngineer().inactive().build();
    public final TenantCustodyService tenants;
    public final AuditLogService auditLog;
    public final ReceiptCustodyService receipts;
    public final CustodyRecordsService records;
    /** Early deletion over {@link #requestLog}, so the request list shows what it does. */
    public final EarlyDeletionService earlyDeletion;
    public final ManageStaffService manageStaff;
    /** The support desk over the same items: ticket ids {@code T-1}, {@code T-2}, ... */
    public final InMemoryTicketSink tickets;
    public final InMemoryBundleDownloads downloads;
    public final ReportProblemService reports;
    public final SupportDeskService desk;
    public final BundleDownloadService bundles;
    public final TicketDeskCustodyService ticketDesk;
    private final AtomicLong ticketIds = new AtomicLong();
    public final ReceiptPublicKey publicKey = new ReceiptPublicKey("test-receipts", "Ed25519",
            CustodyFixture.receiptPublicKey().getEncoded());

    public CustodyQueriesFixture() {
        custody.staff.save(developer);
        custody.staff.save(endedSubcontractor);
        custody.staff.save(disabled);
        AuditTrail observedTrail = new ObservedTrail();
        var accessLog = new AuditTrailAccessLog(observedTrail, pseudonymiser);
        var audit = new RecordAuditEntryService(observedTrail, pseudonymiser, custody.clock);
        var authoriser = new AuthoriseTenantReadService(custody.staff, accessLog, custody.clock, Tenants.ROUBAIX);
        this.tenants = new TenantCustodyService(custody.tenants, licenses, new ObservedInventory(),
                new InMemoryTenantCatalog(custody.tenants), custody.staff, authoriser, audit, custody.settings,
                custody.clock, custody.transactions, Tenants.ROUBAIX);
        this.auditLog = new AuditLogService(custody.staff, new InMemoryAuditLogSearch(custody.auditTrail),
                pseudonymiser, custody.clock, custody.transactions);
        this.receipts = new ReceiptCustodyService(custody.staff, new InMemoryReceiptIndex(custody.receiptArchive),
                custody.receiptArchive, new VerifyReceiptService(custody.receiptVerifier), publicKey, custody.clock);
        this.records = new CustodyRecordsService(custody.staff, requestLog, custody.clock, custody.transactions);
        this.earlyDeletion = new EarlyDeletionService(requestLog, custody.staff, custody.tenants, custody.items,
                custody.purge, audit, custody.clock, custody.transactions, Tenants.ROUBAIX,
                () -> new DeletionRequestId(UUID.randomUUID()));
        this.manageStaff = new ManageStaffService(custody.staff, accessLog, custody.clock,
                () -> new StaffId(UUID.randomUUID()));
        this.tickets = new InMemoryTicketSink(custody.items);
        this.downloads = InMemoryBundleDownloads.over(custody.items);
        this.reports = new ReportProblemService(custody.tenants, custody.items, custody.items, custody.items, tickets,
                ScriptedTicketForwarder.answering(new ForwardingResult.Disabled()), ProblemReportPolicy.defaults(),
                custody.clock, custody.transactions, Tenants.ROUBAIX,
                () -> new TicketId("T-" + ticketIds.incrementAndGet()));
        this.desk = new SupportDeskService(tickets, audit, custody.clock, custody.transactions);
        this.bundles = new BundleDownloadService(tickets, custody.items, downloads, pseudonymiser, audit, custody.clock,
                custody.transactions, () -> new DownloadId(UUID.randomUUID()));
        this.ticketDesk = new TicketDeskCustodyService(custody.tenants, custody.staff, authoriser, audit, desk, desk,
                desk, bundles, custody.clock, custody.transactions, Tenants.ROUBAIX);
    }

    /** Reports a problem of {@code tenant} (which must be installed) and returns its ticket. */
    public TicketId report(String tenant, String summary) {
        var outcome = reports.report(new ReportProblemCommand(new ClientKey(tenant),
                new ProblemReport(new ReporterEmail("jane@" + tenant + ".example"), summary, "It broke."), List.of()));
        if (!(outcome instanceof ReportProblemUseCase.Reported reported)) {
            throw new IllegalStateException("report not accepted: " + outcome);
        }
        return reported.ticket();
    }

    public RetentionStatusService retentionStatus(Duration tolerance) {
        return new RetentionStatusService(custody.staff, custody.retention, tolerance, custody.clock);
    }

    public List<AuditEntry> audit() {
        return custody.auditTrail.page(new AuditPageQuery(0, AuditPageQuery.MAX_LIMIT));
    }

    public StoredItem item(String tenant, ItemKind kind, String id) {
        return custody.items.find(new ItemRef(new ClientKey(tenant), kind, new ItemId(id))).orElseThrow();
    }

    private String where() {
        return custody.transactions.inside() ? "inside#" + custody.transactions.started() : "outside";
    }

    private final class ObservedTrail implements AuditTrail {
        @Override
        public AuditEntry append(AuditDraft draft) {
            observed.add("audit " + where());
            return custody.auditTrail.append(draft);
        }

        @Override
        public Optional<AuditEntry> head() {
            return custody.auditTrail.head();
        }

        @Override
        public List<AuditEntry> page(AuditPageQuery query) {
            return custody.auditTrail.page(query);
        }

        @Override
        public Stream<AuditEntry> streamAll() {
            return custody.auditTrail.streamAll();
        }
    }

    private final class ObservedInventory implements Inventory {
        @Override
        public Set<ClientKey> tenantsWithItems() {
            return custody.items.tenantsWithItems();
        }

        @Override
        public List<StoredItem> itemsOf(ClientKey tenant) {
            observed.add("read " + where());
            return custody.items.itemsOf(tenant);
        }

        @Override
        public Optional<StoredItem> find(ItemRef ref) {
            return custody.items.find(ref);
        }

        @Override
        public List<StoredItem> childrenOf(ItemRef parent) {
            return custody.items.childrenOf(parent);
        }

        @Override
        public List<StoredItem> itemsOfKind(ClientKey tenant, ItemKind kind, Optional<ItemId> parent) {
            return custody.items.itemsOfKind(tenant, kind, parent);
        }
    }
}
