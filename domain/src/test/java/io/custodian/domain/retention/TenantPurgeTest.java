package io.custodian.domain.retention;

import io.custodian.domain.audit.AuditPageQuery;
import io.custodian.domain.receipt.DeletionTrigger;
import io.custodian.domain.receipt.ReceiptCanonicalForm;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.custodian.domain.datamap.ItemKind.CONFIGURATION_DOCUMENT;
import static io.custodian.domain.datamap.ItemKind.FIELD_TRACE;
import static io.custodian.domain.datamap.ItemKind.INSTALLATION_RECORD;
import static io.custodian.domain.datamap.ItemKind.SYNC_RELATION;
import static io.custodian.domain.retention.Items.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantPurgeTest {

    private final CustodyFixture custody = new CustodyFixture();

    @Test
    void completing_a_batched_purge_issues_one_receipt_counting_the_earlier_batches_and_the_rest() {
        custody.install("acme");
        custody.seed(item("acme", CONFIGURATION_DOCUMENT, "config", custody.clock.instant()));
        custody.uninstall("acme");
        custody.clock.advance(Duration.ofDays(180));
        var record = custody.record("acme").orElseThrow();

        var purge = custody.transactions.inTransaction(() -> custody.purge.complete(record, custody.clock.instant(),
                new DeletionTrigger.UninstallGraceExpired(), Map.of(SYNC_RELATION, 400L, FIELD_TRACE, 1_600L)));

        assertThat(purge.receipt().receipt().deletedPerKind()).isEqualTo(Map.of(INSTALLATION_RECORD, 1L,
                CONFIGURATION_DOCUMENT, 1L, SYNC_RELATION, 400L, FIELD_TRACE, 1_600L));
        assertThat(purge.deletedPerKind()).isEqualTo(purge.receipt().receipt().deletedPerKind());
        assertThat(custody.receiptVerifier.verify(ReceiptCanonicalForm.of(purge.receipt().receipt()),
                purge.receipt().signature()).isValid()).isTrue();
        assertThat(custody.receiptArchive.all()).containsExactly(purge.receipt());
        assertThat(custody.record("acme")).isEmpty();
    }

    @Test
    void a_purge_refuses_negative_counts_from_earlier_batches() {
        custody.install("acme");
        custody.uninstall("acme");
        custody.clock.advance(Duration.ofDays(180));
        var record = custody.record("acme").orElseThrow();

        assertThatThrownBy(() -> custody.purge.complete(record, custody.clock.instant(),
                new DeletionTrigger.UninstallGraceExpired(), Map.of(SYNC_RELATION, -1L)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void completing_several_purges_at_once_issues_one_receipt_per_tenant_with_its_earlier_batches() {
        for (String tenant : new String[] {"acme", "globex"}) {
            custody.install(tenant);
            custody.uninstall(tenant);
        }
        custody.clock.advance(Duration.ofDays(180));
        var records = List.of(custody.record("acme").orElseThrow(), custody.record("globex").orElseThrow());
        var acme = records.get(0).clientKey();
        var globex = records.get(1).clientKey();

        var purges = custody.transactions.inTransaction(() -> custody.purge.completeAll(records,
                custody.clock.instant(), new DeletionTrigger.UninstallGraceExpired(),
                Map.of(acme, Map.of(SYNC_RELATION, 3L))));

        assertThat(purges).extracting(purge -> purge.purged().clientKey()).containsExactly(acme, globex);
        assertThat(purges.get(0).receipt().receipt().deletedPerKind())
                .isEqualTo(Map.of(INSTALLATION_RECORD, 1L, SYNC_RELATION, 3L));
        assertThat(purges.get(1).receipt().receipt().deletedPerKind()).isEqualTo(Map.of(INSTALLATION_RECORD, 1L));
        purges.forEach(purge -> assertThat(custody.receiptVerifier.verify(
                ReceiptCanonicalForm.of(purge.receipt().receipt()), purge.receipt().signature()).isValid()).isTrue());
        assertThat(custody.receiptArchive.all()).containsExactlyInAnyOrderElementsOf(
                purges.stream().map(Purge::receipt).toList());
        assertThat(custody.record("acme")).isEmpty();
        assertThat(custody.record("globex")).isEmpty();
        assertThat(custody.auditTrail.page(new AuditPageQuery(0, 100))).extracting(entry -> entry.content().action().code())
                .endsWith("tenant.purge", "tenant.purge");
    }

    @Test
    void completing_several_purges_refuses_a_tenant_not_due_and_a_tenant_named_twice_and_changes_nothing() {
        custody.install("acme");
        custody.uninstall("acme");
        custody.install("active");
        custody.clock.advance(Duration.ofDays(180));
        var due = custody.record("acme").orElseThrow();
        var active = custody.record("active").orElseThrow();

        assertThatThrownBy(() -> custody.purge.completeAll(List.of(due, active), custody.clock.instant(),
                new DeletionTrigger.UninstallGraceExpired(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not due");
        assertThatThrownBy(() -> custody.purge.completeAll(List.of(due, due), custody.clock.instant(),
                new DeletionTrigger.UninstallGraceExpired(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThat(custody.purge.completeAll(List.of(), custody.clock.instant(),
                new DeletionTrigger.UninstallGraceExpired(), Map.of())).isEmpty();

        assertThat(custody.record("acme")).isPresent();
        assertThat(custody.receiptArchive.all()).isEmpty();
    }
}
