package io.custodian.domain.retention;

import io.custodian.domain.receipt.DeletionTrigger;
import io.custodian.domain.receipt.ReceiptCanonicalForm;
import org.junit.jupiter.api.Test;

import java.time.Duration;
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
}
