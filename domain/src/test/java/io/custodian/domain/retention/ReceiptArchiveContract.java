package io.custodian.domain.retention;

import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.location.DataLocation;
import io.custodian.domain.receipt.DeletionReceipt;
import io.custodian.domain.receipt.DeletionTrigger;
import io.custodian.domain.receipt.ReceiptId;
import io.custodian.domain.receipt.ReceiptSignature;
import io.custodian.domain.receipt.SignedReceipt;
import io.custodian.domain.receipt.TenantPseudonym;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract of {@link ReceiptArchive}, run against the fake here and the jOOQ adapter there. */
public abstract class ReceiptArchiveContract {

    protected static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    protected abstract ReceiptArchive emptyArchive();

    protected static SignedReceipt receipt(Instant executedAt, DeletionTrigger trigger, Optional<Instant> markedAt) {
        DeletionReceipt receipt = DeletionReceipt.of(new ReceiptId(UUID.randomUUID()), new TenantPseudonym("ab".repeat(32)),
                trigger, Map.of(ItemKind.INSTALLATION_RECORD, 1L, ItemKind.USAGE_EVENT, 12L), markedAt,
                markedAt.map(mark -> mark.plusSeconds(60)), executedAt, new DataLocation("Roubaix, France"));
        return new SignedReceipt(receipt, ReceiptSignature.of("Ed25519", "test-key", new byte[64]));
    }

    @Test
    void a_kept_receipt_is_found_with_its_signature_and_every_field() {
        ReceiptArchive archive = emptyArchive();
        SignedReceipt signed = receipt(T0.plusSeconds(120), new DeletionTrigger.UninstallGraceExpired(), Optional.of(T0));
        archive.keep(signed);
        assertThat(archive.find(signed.receipt().id())).contains(signed);
    }

    @Test
    void an_unknown_receipt_is_not_found() {
        assertThat(emptyArchive().find(new ReceiptId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void lists_receipts_oldest_execution_first() {
        ReceiptArchive archive = emptyArchive();
        SignedReceipt later = receipt(T0.plusSeconds(60), new DeletionTrigger.EarlyDeletionRequest("req-2"), Optional.empty());
        SignedReceipt earlier = receipt(T0, new DeletionTrigger.EarlyDeletionRequest("req-1"), Optional.empty());
        archive.keep(later);
        archive.keep(earlier);
        assertThat(archive.all()).containsExactly(earlier, later);
    }

    @Test
    void a_receipt_id_is_kept_once() {
        ReceiptArchive archive = emptyArchive();
        SignedReceipt signed = receipt(T0, new DeletionTrigger.EarlyDeletionRequest("req-1"), Optional.empty());
        archive.keep(signed);
        assertThatThrownBy(() -> archive.keep(signed)).isInstanceOf(RuntimeException.class);
    }
}
