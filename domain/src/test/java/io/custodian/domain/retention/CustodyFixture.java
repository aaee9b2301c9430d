package io.custodian.domain.retention;

import io.custodian.domain.access.InMemoryStaffDirectory;
import io.custodian.domain.appdata.ConfigurationService;
import io.custodian.domain.appdata.ItemReadService;
import io.custodian.domain.appdata.UsagePolicy;
import io.custodian.domain.appdata.UsageService;
import io.custodian.domain.access.StaffMember;
import io.custodian.domain.access.StaffMemberBuilder;
import io.custodian.domain.audit.InMemoryAuditTrail;
import io.custodian.domain.audit.RecordAuditEntryService;
import io.custodian.domain.common.DirectTransactions;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.deletion.DeletionRequestId;
import io.custodian.domain.deletion.EarlyDeletionService;
import io.custodian.domain.deletion.InMemoryDeletionRequests;
import io.custodian.domain.receipt.Ed25519ReceiptSigner;
import io.custodian.domain.receipt.Ed25519ReceiptVerifier;
import io.custodian.domain.receipt.HmacTenantPseudonymiser;
import io.custodian.domain.receipt.IssueDeletionReceiptService;
import io.custodian.domain.receipt.ReceiptId;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.HandleDisableCommand;
import io.custodian.domain.tenant.HandleUninstallCommand;
import io.custodian.domain.tenant.InMemorySecretCipher;
import io.custodian.domain.tenant.InMemoryTenantStore;
import io.custodian.domain.tenant.InstallationRecord;
import io.custodian.domain.tenant.TenantLifecycleService;
import io.custodian.domain.tenant.Tenants;
import io.custodian.domain.tenant.Transition;
import io.custodian.domain.testing.MutableClock;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The domain wired by hand over the in-memory fakes and a {@link MutableClock}, as the server wires it over the
 * adapters. Receipts are issued by the receipt package's real service, signed with a throw-away Ed25519 key.
 */
public final class CustodyFixture {

    private static final KeyPair RECEIPT_KEYS = newReceiptKeys();

    public final MutableClock clock = new MutableClock();
    public final InMemoryTenantStore tenants = new InMemoryTenantStore();
    public final InMemorySecretCipher cipher = new InMemorySecretCipher();
    public final InMemoryItems items = new InMemoryItems();
    public final DirectTransactions transactions = new DirectTransactions();
    public final RetentionSettings settings;
    public final IssueDeletionReceiptService receipts;
    public final InMemoryReceiptArchive receiptArchive = new InMemoryReceiptArchive();
    public final InMemoryAuditTrail auditTrail = new InMemoryAuditTrail();
    public final RecordAuditEntryService audit;
    public final Ed25519ReceiptVerifier receiptVerifier =
            Ed25519ReceiptVerifier.trusting("test-receipts", RECEIPT_KEYS.getPublic());
    public final TenantLifecycleService lifecycle;
    public final OperationDataService operations;
    public final TenantPurge purge;
    public final RetentionService retention;
    /** A support engineer (may request early deletions) and two privacy officers (may approve them). */
    public final StaffMember supportEngineer = StaffMemberBuilder.aSupportEngineer().build();
    public final StaffMember privacyOfficer = StaffMemberBuilder.aPrivacyOfficer().build();
    public final StaffMember otherPrivacyOfficer = StaffMemberBuilder.aPrivacyOfficer().build();
    public final InMemoryStaffDirectory staff = InMemoryStaffDirectory.with(supportEngineer, privacyOfficer,
            otherPrivacyOfficer);
    public final InMemoryDeletionRequests deletionRequests = new InMemoryDeletionRequests();
    public final EarlyDeletionService earlyDeletion;
    /** App data use cases over the same items: configuration documents, usage events (ids 0…1, 0…2, …), reads. */
    public final ConfigurationService configuration;
    public final UsageService usage;
    public final ItemReadService reads;
    private final AtomicLong usageIds = new AtomicLong();

    public CustodyFixture() {
        this(RetentionSettings.defaults());
    }

    public CustodyFixture(RetentionSettings settings) {
        this(settings, UsagePolicy.defaults());
    }

    public CustodyFixture(RetentionSettings settings, UsagePolicy usagePolicy) {
        this.settings = settings;
        HmacTenantPseudonymiser pseudonymiser = new HmacTenantPseudonymiser(new byte[32]);
        this.audit = new RecordAuditEntryService(auditTrail, pseudonymiser, clock);
        this.receipts = new IssueDeletionReceiptService(pseudonymiser,
                new Ed25519ReceiptSigner("test-receipts", RECEIPT_KEYS.getPrivate()), clock, Tenants.ROUBAIX,
                () -> new ReceiptId(UUID.randomUUID()));
        this.lifecycle = new TenantLifecycleService(tenants, cipher, clock, transactions, Tenants.ROUBAIX,
                settings.uninstallGrace());
        this.operations = new OperationDataService(tenants, items, items, items, clock, transactions, Tenants.ROUBAIX);
        this.purge = new TenantPurge(tenants, items, items, cipher, receipts, receiptArchive, audit);
        this.retention = new RetentionService(tenants, items, items, purge, settings, clock, transactions);
        this.earlyDeletion = new EarlyDeletionService(deletionRequests, staff, tenants, items, purge, audit, clock,
                transactions, Tenants.ROUBAIX, () -> new DeletionRequestId(UUID.randomUUID()));
        this.configuration = new ConfigurationService(tenants, items, items, items, items, clock, transactions,
                Tenants.ROUBAIX);
        this.usage = new UsageService(tenants, items, clock, transactions, Tenants.ROUBAIX, usagePolicy,
                () -> new UUID(0, usageIds.incrementAndGet()));
        this.reads = new ItemReadService(tenants, items, transactions, Tenants.ROUBAIX);
    }

    /** The public half of the key the fixture's receipts are signed with (key id {@code test-receipts}). */
    public static java.security.PublicKey receiptPublicKey() {
        return RECEIPT_KEYS.getPublic();
    }

    public ClientKey install(String clientKey) {
        Transition transition = lifecycle.install(Tenants.install(clientKey));
        if (transition instanceof Transition.Refused refused) {
            throw new IllegalStateException("install refused: " + refused.reason());
        }
        return new ClientKey(clientKey);
    }

    public Transition uninstall(String clientKey) {
        return lifecycle.uninstall(new HandleUninstallCommand(new ClientKey(clientKey)));
    }

    public Transition disable(String clientKey) {
        return lifecycle.disable(new HandleDisableCommand(new ClientKey(clientKey)));
    }

    public Optional<InstallationRecord> record(String clientKey) {
        return tenants.find(new ClientKey(clientKey));
    }

    /** Writes an operation item through the use case at the clock's time. */
    public RecordOperationItemUseCase.Outcome write(String tenant, ItemKind kind, String id, String parentId) {
        return operations.record(new RecordOperationItemCommand(new ClientKey(tenant), kind, new ItemId(id),
                Optional.ofNullable(parentId).map(ItemId::new), new ItemContent(new byte[]{42})));
    }

    public RecordOperationItemUseCase.Outcome write(String tenant, ItemKind kind, String id) {
        return write(tenant, kind, id, null);
    }

    /** Stores an item of any kind directly (for the categories whose writers live elsewhere). */
    public StoredItem seed(StoredItem item) {
        items.put(item);
        return item;
    }

    public SweepReport sweep() {
        return retention.sweep(SweepRetentionCommand.allTenants());
    }

    public boolean holds(ItemRef ref) {
        return items.find(ref).isPresent();
    }

    private static KeyPair newReceiptKeys() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK must provide Ed25519", e);
        }
    }
}
