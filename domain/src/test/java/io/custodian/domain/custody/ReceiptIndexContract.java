package io.custodian.domain.custody;

import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.location.DataLocation;
import io.custodian.domain.receipt.DeletionReceipt;
import io.custodian.domain.receipt.DeletionTrigger;
import io.custodian.domain.receipt.ReceiptId;
import io.custodian.domain.receipt.ReceiptSignature;
import io.custodian.domain.receipt.SignedReceipt;
import io.custodian.domain.receipt.TenantPseudonym;
import io.custodian.domain.retention.ReceiptArchive;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract of {@link ReceiptIndex}, run against the fake here and the jOOQ adapter there. */
public abstract class ReceiptIndexContract {

    protected static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    /** An empty archive and the index reading it. */
    protected abstract ReceiptArchive archive();

    protected abstract ReceiptIndex index();

    private SignedReceipt keep(String id, Instant executedAt) {
        DeletionReceipt receipt = DeletionReceipt.of(new ReceiptId(UUID.fromString(id)),
                new TenantPseudonym("cd".repeat(32)), new DeletionTrigger.EarlyDeletionRequest("req-" + id.charAt(0)),
                Map.of(ItemKind.INSTALLATION_RECORD, 1L, ItemKind.SYNC_RELATION, 3L), Optional.empty(), Optional.empty(),
                executedAt, new DataLocation("Roubaix, France"));
        SignedReceipt signed = new SignedReceipt(receipt, ReceiptSignature.of("Ed25519", "test-key", new byte[64]));
        archive().keep(signed);
        return signed;
    }

    @Test
    void pages_receipts_oldest_execution_first_with_ties_by_id() {
        SignedReceipt late = keep("30000000-0000-0000-0000-000000000000", T0.plusSeconds(60));
        SignedReceipt tieB = keep("b0000000-0000-0000-0000-000000000000", T0);
        SignedReceipt tieA = keep("a0000000-0000-0000-0000-000000000000", T0);

        Page<SignedReceipt> first = index().page(new PageRequest(0, 2));
        Page<SignedReceipt> second = index().page(new PageRequest(1, 2));

        assertThat(first.items()).containsExactly(tieA, tieB);
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.items()).containsExactly(late);
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    void an_empty_archive_has_an_empty_first_page() {
        assertThat(index().page(PageRequest.first(5)).items()).isEmpty();
    }
}
