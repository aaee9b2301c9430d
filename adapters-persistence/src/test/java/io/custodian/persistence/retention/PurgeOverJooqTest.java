package io.custodian.persistence.retention;

import io.custodian.domain.testing.ItemCounts;
import io.custodian.domain.audit.AuditEntry;
import io.custodian.domain.audit.RecordAuditEntryService;
import io.custodian.domain.audit.RecordAuditEntryUseCase;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.receipt.DeletionTrigger;
import io.custodian.domain.receipt.HmacTenantPseudonymiser;
import io.custodian.domain.receipt.IssueDeletionReceiptService;
import io.custodian.domain.receipt.ReceiptId;
import io.custodian.domain.receipt.ReceiptVerification;
import io.custodian.domain.receipt.SigningPair;
import io.custodian.domain.receipt.TestReceiptKeys;
import io.custodian.domain.receipt.VerifyReceiptCommand;
import io.custodian.domain.receipt.VerifyReceiptService;
import io.custodian.domain.retention.ItemContent;
import io.custodian.domain.retention.Purge;
import io.custodian.domain.retention.StoredItem;
import io.custodian.domain.retention.TenantPurge;
import io.custodian.domain.support.Forwarding;
import io.custodian.domain.support.ProblemReport;
import io.custodian.domain.support.ReporterEmail;
import io.custodian.domain.support.SupportTicket;
import io.custodian.domain.support.TicketId;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.InstallationRecord;
import io.custodian.domain.tenant.LicenseState;
import io.custodian.domain.tenant.SharedSecret;
import io.custodian.domain.tenant.Tenants;
import io.custodian.domain.testing.MutableClock;
import io.custodian.persistence.JooqTransactions;
import io.custodian.persistence.PersistenceDataMap;
import io.custodian.persistence.PersistenceDataMap.TenantTable;
import io.custodian.persistence.audit.JooqAuditTrail;
import io.custodian.persistence.crypto.EnvelopeSecretCipher;
import io.custodian.persistence.crypto.MasterKey;
import io.custodian.persistence.support.JooqTicketSink;
import io.custodian.persistence.tenant.JooqTenantLicenses;
import io.custodian.persistence.tenant.JooqTenantStore;
import io.custodian.persistence.testing.DatabaseTest;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.custodian.domain.datamap.ItemKind.CONFIGURATION_DOCUMENT;
import static io.custodian.domain.datamap.ItemKind.FIELD_TRACE;
import static io.custodian.domain.datamap.ItemKind.ISSUE_VERSION_COPY;
import static io.custodian.domain.datamap.ItemKind.SUPPORT_BUNDLE;
import static io.custodian.domain.datamap.ItemKind.SYNC_RELATION;
import static io.custodian.domain.datamap.ItemKind.TWIN_TRACE;
import static io.custodian.domain.datamap.ItemKind.USAGE_EVENT;
import static io.custodian.domain.retention.Items.child;
import static io.custodian.domain.retention.Items.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The domain's tenant purge wired over the jOOQ adapters, in one database transaction, as the server wires it. */
class PurgeOverJooqTest extends DatabaseTest {

    private static final SigningPair KEYS = TestReceiptKeys.newSigningPair("receipts-test");
    private static final ClientKey ACME = new ClientKey("acme");
    private static final ClientKey GLOBEX = new ClientKey("globex");

    private final MutableClock clock = new MutableClock();
    private JooqTenantStore tenants;
    private JooqItems items;
    private JooqReceiptArchive archive;
    private JooqAuditTrail auditTrail;
    private EnvelopeSecretCipher cipher;
    private TenantPurge purge;

    @BeforeEach
    void wire() {
        emptyTables();
        tenants = new JooqTenantStore(dsl());
        items = new JooqItems(dsl());
        archive = new JooqReceiptArchive(dsl());
        auditTrail = new JooqAuditTrail(dsl());
        cipher = new EnvelopeSecretCipher(dsl(), MasterKey.generate(new SecureRandom()), clock, new SecureRandom());
        var pseudonymiser = new HmacTenantPseudonymiser(new byte[32]);
        var receipts = new IssueDeletionReceiptService(pseudonymiser, KEYS.signer(), clock, Tenants.ROUBAIX,
                () -> new ReceiptId(UUID.randomUUID()));
        purge = new TenantPurge(tenants, items, items, cipher, receipts, archive,
                new RecordAuditEntryService(auditTrail, pseudonymiser, clock));

        for (ClientKey tenant : List.of(ACME, GLOBEX)) {
            tenants.save(InstallationRecord.freshInstall(tenant, Tenants.account(), cipher.encrypt(tenant,
                    new SharedSecret("shared-secret-of-" + tenant.value() + "-0123456789")), Tenants.ROUBAIX,
                    clock.instant()));
            storeOneOfEveryKind(tenant);
        }
    }

    private void storeOneOfEveryKind(ClientKey tenant) {
        String key = tenant.value();
        var now = clock.instant();
        new JooqTenantLicenses(dsl()).save(tenant, new LicenseState(true, now));
        new JooqTicketSink(dsl()).open(SupportTicket.open(new TicketId("T-" + key), tenant, now),
                new ProblemReport(new ReporterEmail("jane@" + key + ".example"), "Sync stopped", ""),
                new Forwarding.NotForwarded());
        Stream.of(item(key, SYNC_RELATION, "rel-1", now), child(key, TWIN_TRACE, "twin-1", "rel-1", now),
                        child(key, FIELD_TRACE, "summary", "twin-1", now), child(key, ISSUE_VERSION_COPY, "twin-1@1", "twin-1", now),
                        child(key, ISSUE_VERSION_COPY, "twin-1@2", "twin-1", now), item(key, CONFIGURATION_DOCUMENT, "config", now),
                        item(key, USAGE_EVENT, "event-1", now), child(key, SUPPORT_BUNDLE, "bundle-1", "T-" + key, now))
                .forEach((StoredItem item) -> items.save(item, new ItemContent(new byte[]{1, 2, 3})));
    }

    private long rowsOf(ClientKey tenant, TenantTable table) {
        return dsl().fetchCount(DSL.table(DSL.name(table.name().value())),
                DSL.field(DSL.name(PersistenceDataMap.CLIENT_KEY), SQLDataType.CLOB).eq(tenant.value()));
    }

    @Test
    void after_a_purge_no_table_holding_tenant_data_has_a_row_of_the_tenant_and_a_verifiable_receipt_remains() {
        Map<ItemKind, Long> stored = new EnumMap<>(ItemCounts.byKind(new JooqItems(dsl()), ACME));
        stored.put(ItemKind.INSTALLATION_RECORD, 1L);
        clock.advance(Duration.ofDays(3));

        Purge done = new JooqTransactions(dsl()).inTransaction(() -> purge.purge(tenants.find(ACME).orElseThrow(),
                clock.instant(), new DeletionTrigger.EarlyDeletionRequest("req-1")));

        for (TenantTable table : PersistenceDataMap.tenantTables()) {
            assertThat(rowsOf(ACME, table)).as(table.name() + " rows of the purged tenant").isZero();
            assertThat(rowsOf(GLOBEX, table)).as(table.name() + " rows of another tenant").isPositive();
        }
        assertThat(done.deletion().countsByKind()).isEqualTo(stored);
        var kept = archive.find(done.receipt().receipt().id()).orElseThrow();
        assertThat(kept).isEqualTo(done.receipt());
        assertThat(kept.receipt().deletedPerKind()).isEqualTo(stored);
        assertThat(new VerifyReceiptService(KEYS.verifier()).verify(new VerifyReceiptCommand(kept)))
                .isInstanceOf(ReceiptVerification.Valid.class);
        assertThat(auditTrail.head()).map(AuditEntry::content).map(content -> content.action().code())
                .contains("tenant.purge");
    }

    @Test
    void a_purge_completed_after_bounded_batches_counts_every_item_on_its_one_receipt() {
        Map<ItemKind, Long> stored = new EnumMap<>(ItemCounts.byKind(new JooqItems(dsl()), ACME));
        stored.put(ItemKind.INSTALLATION_RECORD, 1L);
        var batches = new ItemBatches(dsl());
        var transactions = new JooqTransactions(dsl());
        Map<ItemKind, Long> deletedBefore = new EnumMap<>(ItemKind.class);
        var batched = EnumSet.of(FIELD_TRACE, ISSUE_VERSION_COPY, TWIN_TRACE, SUPPORT_BUNDLE, USAGE_EVENT);
        for (ItemKind kind : ItemBatches.deletionOrder()) {
            if (!batched.contains(kind)) {
                continue; // left to the final step
            }
            int deleted;
            do {
                deleted = transactions.inTransaction(() -> batches.deleteEach(List.of(ACME), kind, 1).get(ACME));
                deletedBefore.merge(kind, (long) deleted, Long::sum);
            } while (deleted > 0);
        }

        Purge done = transactions.inTransaction(() -> purge.complete(tenants.find(ACME).orElseThrow(),
                clock.instant(), new DeletionTrigger.EarlyDeletionRequest("req-1"), deletedBefore));

        assertThat(done.deletion().countsByKind()).containsOnlyKeys(ItemKind.INSTALLATION_RECORD,
                ItemKind.LICENSE_INFORMATION, SYNC_RELATION, CONFIGURATION_DOCUMENT, ItemKind.SUPPORT_TICKET);
        assertThat(archive.find(done.receipt().receipt().id()).orElseThrow().receipt().deletedPerKind())
                .isEqualTo(stored);
        assertThat(PersistenceDataMap.tenantTables().stream().mapToLong(table -> rowsOf(ACME, table)).sum()).isZero();
    }

    @Test
    void a_purge_that_fails_at_its_last_step_leaves_every_row_of_the_tenant_in_place() {
        long before = PersistenceDataMap.tenantTables().stream().mapToLong(table -> rowsOf(ACME, table)).sum();
        var receipts = new IssueDeletionReceiptService(new HmacTenantPseudonymiser(new byte[32]), KEYS.signer(), clock,
                Tenants.ROUBAIX, () -> new ReceiptId(UUID.randomUUID()));
        RecordAuditEntryUseCase failingAudit = command -> {
            throw new IllegalStateException("audit log unavailable");
        };
        var failingPurge = new TenantPurge(tenants, items, items, cipher, receipts, archive, failingAudit);

        assertThatThrownBy(() -> new JooqTransactions(dsl()).inTransaction(() -> failingPurge.purge(
                tenants.find(ACME).orElseThrow(), clock.instant(), new DeletionTrigger.EarlyDeletionRequest("req-1"))))
                .hasMessage("audit log unavailable");

        assertThat(PersistenceDataMap.tenantTables().stream().mapToLong(table -> rowsOf(ACME, table)).sum())
                .isEqualTo(before);
        assertThat(archive.all()).isEmpty();
    }

    /** Deletes every item of {@code tenant} through the batch primitive and returns the counts per kind. */
    private Map<ItemKind, Long> deleteAllItems(ClientKey tenant) {
        var batches = new ItemBatches(dsl());
        Map<ItemKind, Long> deleted = new EnumMap<>(ItemKind.class);
        for (ItemKind kind : ItemBatches.deletionOrder()) {
            int count = batches.deleteEach(List.of(tenant), kind, 100).get(tenant);
            if (count > 0) {
                deleted.put(kind, (long) count);
            }
        }
        return deleted;
    }

    @Test
    void completing_several_purges_at_once_issues_one_receipt_per_tenant_and_audits_each_in_order() {
        var transactions = new JooqTransactions(dsl());
        Map<ClientKey, Map<ItemKind, Long>> deleted = new java.util.HashMap<>();
        for (ClientKey tenant : List.of(ACME, GLOBEX)) {
            deleted.put(tenant, transactions.inTransaction(() -> deleteAllItems(tenant)));
        }
        long auditBefore = auditTrail.head().map(AuditEntry::sequence).orElse(0L);

        List<Purge> done = transactions.inTransaction(() -> purge.completeAll(
                tenants.findAll(List.of(ACME, GLOBEX)), clock.instant(),
                new DeletionTrigger.EarlyDeletionRequest("req-1"), deleted));

        assertThat(done).extracting(p -> p.purged().clientKey()).containsExactly(ACME, GLOBEX);
        for (Purge one : done) {
            Map<ItemKind, Long> expected = new EnumMap<>(deleted.get(one.purged().clientKey()));
            expected.put(ItemKind.INSTALLATION_RECORD, 1L);
            assertThat(archive.find(one.receipt().receipt().id()).orElseThrow().receipt().deletedPerKind())
                    .isEqualTo(expected);
            assertThat(new VerifyReceiptService(KEYS.verifier()).verify(new VerifyReceiptCommand(one.receipt())))
                    .isInstanceOf(ReceiptVerification.Valid.class);
        }
        assertThat(tenants.findAll(List.of(ACME, GLOBEX))).isEmpty();
        assertThat(cipher.decrypt(ACME, new io.custodian.domain.tenant.EncryptedSecret(new byte[40]))).isEmpty();
        var audited = auditTrail.page(new io.custodian.domain.audit.AuditPageQuery(auditBefore, 10));
        assertThat(audited).extracting(entry -> entry.content().action().code())
                .containsExactly("tenant.purge", "tenant.purge");
        assertThat(audited).extracting(entry -> entry.content().subject().orElseThrow().id())
                .containsExactly(done.get(0).receipt().receipt().id().toString(),
                        done.get(1).receipt().receipt().id().toString());
        assertThat(new io.custodian.domain.audit.VerifyAuditChainService(auditTrail).verify(
                new io.custodian.domain.audit.VerifyAuditChainCommand(List.of())).isIntact()).isTrue();
    }
}
