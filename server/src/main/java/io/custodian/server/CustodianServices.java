package io.custodian.server;

import io.custodian.domain.access.StaffId;
import io.custodian.domain.access.AuthoriseTenantReadService;
import io.custodian.domain.access.ManageStaffService;
import io.custodian.domain.audit.VerifyAuditChainService;
import io.custodian.domain.custody.AuditLogService;
import io.custodian.domain.custody.CustodyRecordsService;
import io.custodian.domain.custody.CustodyUseCases;
import io.custodian.domain.custody.ReceiptCustodyService;
import io.custodian.domain.custody.ReceiptPublicKey;
import io.custodian.domain.custody.RetentionStatusService;
import io.custodian.domain.custody.TenantCustodyService;
import io.custodian.domain.custody.TicketDeskCustodyService;
import io.custodian.domain.deletion.DeletionRequestId;
import io.custodian.domain.deletion.EarlyDeletionService;
import io.custodian.domain.receipt.TenantPseudonymiser;
import io.custodian.domain.receipt.VerifyReceiptService;
import io.custodian.persistence.custody.JooqAuditLogSearch;
import io.custodian.persistence.custody.JooqDeletionRequestLog;
import io.custodian.persistence.custody.JooqReceiptIndex;
import io.custodian.persistence.custody.JooqTenantCatalog;
import io.custodian.persistence.deletion.JooqDeletionRequests;
import io.custodian.domain.appdata.ConfigurationService;
import io.custodian.domain.appdata.ItemReadService;
import io.custodian.domain.appdata.UsagePolicy;
import io.custodian.domain.appdata.UsageService;
import io.custodian.domain.audit.AuditTrailAccessLog;
import io.custodian.domain.audit.RecordAuditEntryService;
import io.custodian.domain.common.Transactions;
import io.custodian.domain.identity.AdministerStaffService;
import io.custodian.domain.identity.IdentityUseCases;
import io.custodian.domain.identity.SessionToken;
import io.custodian.domain.identity.SetPasswordService;
import io.custodian.domain.identity.StaffSessionService;
import io.custodian.domain.identity.SweepIdentityService;
import io.custodian.domain.location.DataLocation;
import io.custodian.domain.receipt.Ed25519ReceiptVerifier;
import io.custodian.domain.receipt.Ed25519ReceiptSigner;
import io.custodian.domain.receipt.HmacTenantPseudonymiser;
import io.custodian.domain.receipt.IssueDeletionReceiptService;
import io.custodian.domain.receipt.ReceiptId;
import io.custodian.domain.retention.OperationDataService;
import io.custodian.domain.retention.RetentionService;
import io.custodian.domain.retention.TenantPurge;
import io.custodian.domain.support.BundleDownloadService;
import io.custodian.domain.support.DownloadId;
import io.custodian.domain.support.ReportProblemService;
import io.custodian.domain.support.SupportDeskService;
import io.custodian.domain.support.TicketForwarder;
import io.custodian.domain.support.TicketId;
import io.custodian.domain.tenant.TenantAccessService;
import io.custodian.domain.tenant.TenantLifecycleService;
import io.custodian.persistence.JooqTransactions;
import io.custodian.persistence.PostgresDatabase;
import io.custodian.persistence.access.JooqStaffDirectory;
import io.custodian.persistence.audit.JooqAuditTrail;
import io.custodian.persistence.crypto.EnvelopeSecretCipher;
import io.custodian.persistence.identity.Argon2PasswordHasher;
import io.custodian.persistence.identity.JooqLoginAttempts;
import io.custodian.persistence.identity.JooqStaffCredentials;
import io.custodian.persistence.identity.JooqStaffSessions;
import io.custodian.persistence.retention.ItemBatches;
import io.custodian.persistence.retention.JooqItems;
import io.custodian.persistence.retention.JooqReceiptArchive;
import io.custodian.persistence.retention.PageSweep;
import io.custodian.persistence.retention.PurgeLedger;
import io.custodian.persistence.support.JooqBundleDownloads;
import io.custodian.persistence.support.JooqTicketSink;
import io.custodian.persistence.tenant.JooqTenantLicenses;
import io.custodian.persistence.tenant.JooqTenantStore;
import io.custodian.server.config.ServerSettings;
import io.custodian.server.keys.FastEd25519ReceiptSigner;
import io.custodian.server.keys.KeyMaterial;
import io.custodian.server.retention.RetentionEngine;
import io.custodian.web.outbound.jsm.JsmTicketForwarder;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.InstantSource;
import java.util.UUID;

/**
 * The object graph of the domain over the jOOQ stores, built by hand in one place. The web server, the retention
 * scheduler, the command line and tests take what they need from here.
 */
public final class CustodianServices {

    private final ServerSettings settings;
    private final InstantSource clock;
    private final DataLocation location;
    private final Transactions transactions;
    private final JooqTenantStore tenants;
    private final EnvelopeSecretCipher cipher;
    private final JooqTenantLicenses licenses;
    private final JooqItems items;
    private final ItemBatches batches;
    private final PurgeLedger purgeProgress;
    private final PostgresDatabase database;
    private final JooqReceiptArchive receipts;
    private final JooqAuditTrail auditTrail;
    private final JooqStaffDirectory staff;
    private final RecordAuditEntryService audit;
    private final AuditTrailAccessLog accessLog;
    private final IssueDeletionReceiptService receiptIssuer;
    private final Ed25519ReceiptVerifier receiptVerifier;
    private final TenantLifecycleService lifecycle;
    private final TenantAccessService access;
    private final OperationDataService operations;
    private final TenantPurge purge;
    private final RetentionService retention;
    private final ConfigurationService configuration;
    private final UsageService usage;
    private final ItemReadService reads;
    private final IdentityUseCases identity;
    private final JooqTicketSink tickets;
    private final JooqBundleDownloads downloads;
    private final ReportProblemService reportProblem;
    private final SupportDeskService supportDesk;
    private final BundleDownloadService bundleDownloads;
    private final CustodyUseCases custody;

    public CustodianServices(ServerSettings settings, PostgresDatabase database, KeyMaterial keys, InstantSource clock) {
        this.settings = settings;
        this.clock = clock;
        var dsl = database.dsl();
        this.database = database;
        this.location = new DataLocation(settings.data().location());
        this.transactions = new JooqTransactions(dsl);
        this.tenants = new JooqTenantStore(dsl);
        this.cipher = new EnvelopeSecretCipher(dsl, keys.masterKey(), clock, new SecureRandom());
        this.licenses = new JooqTenantLicenses(dsl);
        this.items = new JooqItems(dsl);
        this.batches = new ItemBatches(dsl);
        this.purgeProgress = new PurgeLedger(dsl);
        this.receipts = new JooqReceiptArchive(dsl);
        this.auditTrail = new JooqAuditTrail(dsl);
        this.staff = new JooqStaffDirectory(dsl);

        var pseudonymiser = new HmacTenantPseudonymiser(keys.pseudonymKey());
        this.audit = new RecordAuditEntryService(auditTrail, pseudonymiser, clock);
        this.accessLog = new AuditTrailAccessLog(auditTrail, pseudonymiser);
        this.receiptIssuer = new IssueDeletionReceiptService(pseudonymiser,
                new FastEd25519ReceiptSigner(keys.receiptKeyId(), keys.receiptSigningKeys().getPrivate()), clock,
                location, () -> new ReceiptId(UUID.randomUUID()));
        this.receiptVerifier = Ed25519ReceiptVerifier.trusting(keys.receiptKeyId(),
                keys.receiptSigningKeys().getPublic());

        var retentionSettings = settings.retention();
        this.lifecycle = new TenantLifecycleService(tenants, cipher, clock, transactions, location,
                retentionSettings.uninstallGrace());
        this.access = new TenantAccessService(tenants, licenses, cipher, clock, transactions, location);
        this.operations = new OperationDataService(tenants, items, items, items, clock, transactions, location);
        this.purge = new TenantPurge(tenants, items, items, cipher, receiptIssuer, receipts, audit);
        this.retention = new RetentionService(tenants, items, items, purge, retentionSettings, clock, transactions);
        this.configuration = new ConfigurationService(tenants, items, items, items, items, clock, transactions,
                location);
        this.usage = new UsageService(tenants, items, clock, transactions, location, UsagePolicy.defaults(),
                UUID::randomUUID);
        this.reads = new ItemReadService(tenants, items, transactions, location);
        this.identity = identity(settings, database, staff, audit, transactions, clock);

        // Support Data: tickets and bundles are items (retention deletes them); downloads are custody records
        this.tickets = new JooqTicketSink(dsl);
        this.downloads = new JooqBundleDownloads(dsl);
        var support = settings.support();
        TicketForwarder forwarder = support.jsm().<TicketForwarder>map(JsmTicketForwarder::new)
                .orElse(TicketForwarder.DISABLED);
        this.reportProblem = new ReportProblemService(tenants, items, items, items, tickets, forwarder,
                support.policy(), clock, transactions, location, () -> TicketId.of(UUID.randomUUID()));
        this.supportDesk = new SupportDeskService(tickets, audit, clock, transactions);
        this.bundleDownloads = new BundleDownloadService(tickets, items, downloads, pseudonymiser, audit, clock,
                transactions, () -> new DownloadId(UUID.randomUUID()));

        this.custody = custody(database, keys, pseudonymiser);
    }

    /**
     * The staff-facing in-ports (the staff API's): staff reads authorised by the access policy and audited in their
     * transaction, over read models of the existing tables; early deletion; staff management; the support desk for
     * staff. Built last in the constructor, from the services above. The overdue tolerance is two sweep intervals.
     */
    private CustodyUseCases custody(PostgresDatabase database, KeyMaterial keys, TenantPseudonymiser pseudonymiser) {
        var dsl = database.dsl();
        var authoriser = new AuthoriseTenantReadService(staff, accessLog, clock, location);
        var tenantCustody = new TenantCustodyService(tenants, licenses, items, new JooqTenantCatalog(dsl), staff,
                authoriser, audit, settings.retention(), clock, transactions, location);
        var records = new CustodyRecordsService(staff, new JooqDeletionRequestLog(dsl), clock, transactions);
        var earlyDeletion = new EarlyDeletionService(new JooqDeletionRequests(dsl), staff, tenants, items, purge, audit,
                clock, transactions, location, () -> new DeletionRequestId(UUID.randomUUID()));
        var publicKey = new ReceiptPublicKey(keys.receiptKeyId(), Ed25519ReceiptSigner.ALGORITHM,
                keys.receiptSigningKeys().getPublic().getEncoded());
        var ticketDesk = new TicketDeskCustodyService(tenants, staff, authoriser, audit, supportDesk, supportDesk,
                supportDesk, bundleDownloads, clock, transactions, location);
        return new CustodyUseCases(tenantCustody, tenantCustody, tenantCustody,
                new AuditLogService(staff, new JooqAuditLogSearch(dsl), pseudonymiser, clock, transactions),
                new VerifyAuditChainService(auditTrail),
                new ReceiptCustodyService(staff, new JooqReceiptIndex(dsl), receipts,
                        new VerifyReceiptService(receiptVerifier), publicKey, clock),
                records, earlyDeletion, earlyDeletion, earlyDeletion, earlyDeletion, records,
                new ManageStaffService(staff, accessLog, clock, () -> new StaffId(UUID.randomUUID())),
                new RetentionStatusService(staff, retention, settings.sweep().interval().multipliedBy(2), clock),
                ticketDesk, ticketDesk, ticketDesk, ticketDesk);
    }

    /** Staff identity over the jOOQ stores, Argon2id and session tokens from a {@link SecureRandom}. */
    private static IdentityUseCases identity(ServerSettings settings, PostgresDatabase database,
                                             JooqStaffDirectory staff, RecordAuditEntryService audit,
                                             Transactions transactions, InstantSource clock) {
        var dsl = database.dsl();
        var credentials = new JooqStaffCredentials(dsl);
        var sessions = new JooqStaffSessions(dsl);
        var attempts = new JooqLoginAttempts(dsl);
        var hasher = new Argon2PasswordHasher();
        var random = new SecureRandom();
        var sessionService = new StaffSessionService(staff, credentials, sessions, attempts, hasher, audit,
                settings.identity(), () -> SessionToken.generate(random));
        return new IdentityUseCases(sessionService, sessionService, sessionService,
                new SetPasswordService(staff, credentials, sessions, attempts, hasher, audit, transactions, clock),
                new AdministerStaffService(staff, credentials, sessions, hasher, audit, transactions, clock,
                        () -> new StaffId(UUID.randomUUID())),
                new SweepIdentityService(sessions, attempts, settings.identity().throttle()));
    }

    /** A retention engine deleting at most {@code batchSize} items per transaction. */
    public RetentionEngine retentionEngine(int batchSize, RetentionEngine.BatchListener listener) {
        return retentionEngine(batchSize, 1, listener);
    }

    /** A retention engine whose sweeps purge with {@code workers} threads. */
    public RetentionEngine retentionEngine(int batchSize, int workers, RetentionEngine.BatchListener listener) {
        return retentionEngine(batchSize, workers, PageSweep.DEFAULT_CHUNK_ROWS, PageSweep.DEFAULT_MIN_ROWS, listener);
    }

    /**
     * A retention engine that sweeps a table in page order, {@code pageChunkRows} rows' worth of pages per
     * transaction, when the purges beginning together hold at least {@code pageSweepMinRows} of its rows (and at
     * least as many as it has pages); chunks of a fixed size, whatever they take (deterministic, for tests).
     */
    public RetentionEngine retentionEngine(int batchSize, int workers, int pageChunkRows, long pageSweepMinRows,
                                           RetentionEngine.BatchListener listener) {
        return retentionEngine(batchSize, workers, pageChunkRows, pageSweepMinRows, Duration.ZERO, listener);
    }

    /**
     * {@link #retentionEngine(int, int, int, long, RetentionEngine.BatchListener)} whose page sweep chunks shrink
     * when one takes longer than {@code pageChunkTarget} and grow back to {@code pageChunkRows} when they are fast
     * (zero: a fixed size).
     */
    public RetentionEngine retentionEngine(int batchSize, int workers, int pageChunkRows, long pageSweepMinRows,
                                           Duration pageChunkTarget, RetentionEngine.BatchListener listener) {
        return new RetentionEngine(tenants, purge, retention, items, batches, purgeProgress,
                new PageSweep(database.dsl(), pageChunkRows, pageSweepMinRows), transactions, clock, batchSize, workers,
                pageChunkTarget, listener);
    }

    /**
     * Staff identity: {@code login()}, {@code logout()}, {@code authenticate()} (bearer token to staff member),
     * {@code setPassword()}, {@code administer()} (the operator's command line) and {@code sweep()}.
     */
    public IdentityUseCases identity() {
        return identity;
    }

    /** The staff-facing in-ports: tenants, audit log, receipts, early deletion, staff, retention status, tickets. */
    public CustodyUseCases custody() {
        return custody;
    }

    public ServerSettings settings() {
        return settings;
    }

    /** Problem reports from the add-on ({@code POST /connect/v1/problem-reports}). */
    public ReportProblemService reportProblem() {
        return reportProblem;
    }

    /** The support desk for staff: list, find and resolve tickets. */
    public SupportDeskService supportDesk() {
        return supportDesk;
    }

    /** Support-bundle downloads, the downloads whose bundle is gone, and wipe acknowledgements. */
    public BundleDownloadService bundleDownloads() {
        return bundleDownloads;
    }

    public JooqTicketSink tickets() {
        return tickets;
    }

    public JooqBundleDownloads downloads() {
        return downloads;
    }

    public InstantSource clock() {
        return clock;
    }

    public DataLocation location() {
        return location;
    }

    public Transactions transactions() {
        return transactions;
    }

    public TenantLifecycleService lifecycle() {
        return lifecycle;
    }

    public TenantAccessService access() {
        return access;
    }

    public OperationDataService operations() {
        return operations;
    }

    public ConfigurationService configuration() {
        return configuration;
    }

    public UsageService usage() {
        return usage;
    }

    public ItemReadService reads() {
        return reads;
    }

    public RetentionService retention() {
        return retention;
    }

    public JooqReceiptArchive receipts() {
        return receipts;
    }

    public Ed25519ReceiptVerifier receiptVerifier() {
        return receiptVerifier;
    }

    public JooqAuditTrail auditTrail() {
        return auditTrail;
    }

    public JooqStaffDirectory staff() {
        return staff;
    }

    public AuditTrailAccessLog accessLog() {
        return accessLog;
    }

    public JooqItems items() {
        return items;
    }

    public PurgeLedger purgeProgress() {
        return purgeProgress;
    }

    public JooqTenantStore tenants() {
        return tenants;
    }
}
