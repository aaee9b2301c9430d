package io.custodian.persistence.retention;

import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.location.DataLocation;
import io.custodian.domain.receipt.DeletionReceipt;
import io.custodian.domain.receipt.DeletionTrigger;
import io.custodian.domain.receipt.ReceiptCanonicalForm;
import io.custodian.domain.receipt.ReceiptId;
import io.custodian.domain.receipt.SignedReceipt;
import io.custodian.domain.receipt.SigningPair;
import io.custodian.domain.receipt.TenantPseudonym;
import io.custodian.domain.receipt.TestReceiptKeys;
import io.custodian.domain.retention.ReceiptArchive;
import io.custodian.domain.retention.ReceiptArchiveContract;
import io.custodian.persistence.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.custodian.persistence.jooq.Tables.RECEIPT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JooqReceiptArchiveTest extends DatabaseTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final SigningPair KEYS = TestReceiptKeys.newSigningPair("receipts-2026");

    @Nested
    class Contract extends ReceiptArchiveContract {
        @Override
        protected ReceiptArchive emptyArchive() {
            emptyTables();
            return new JooqReceiptArchive(dsl());
        }
    }

    private JooqReceiptArchive archive;

    @BeforeEach
    void emptyArchive() {
        emptyTables();
        archive = new JooqReceiptArchive(dsl());
    }

    private static SignedReceipt signed(Instant executedAt) {
        DeletionReceipt receipt = DeletionReceipt.of(new ReceiptId(UUID.randomUUID()),
                new TenantPseudonym("c0".repeat(32)), new DeletionTrigger.UninstallGraceExpired(),
                Map.of(ItemKind.INSTALLATION_RECORD, 1L, ItemKind.TWIN_TRACE, 40L, ItemKind.SUPPORT_BUNDLE, 2L),
                Optional.of(T0), Optional.of(T0.plusSeconds(86_400)), executedAt, new DataLocation("Roubaix, France"));
        return SignedReceipt.sign(receipt, KEYS.signer());
    }

    @Test
    void a_kept_receipt_verifies_from_the_bytes_the_database_holds() {
        SignedReceipt receipt = signed(T0.plusSeconds(90_000).plusNanos(123_456_000));
        archive.keep(receipt);

        byte[] stored = archive.signedBytes(receipt.receipt().id()).orElseThrow();
        assertThat(stored).isEqualTo(ReceiptCanonicalForm.of(receipt.receipt()));
        SignedReceipt found = archive.find(receipt.receipt().id()).orElseThrow();
        assertThat(found).isEqualTo(receipt);
        assertThat(KEYS.verifier().verify(stored, found.signature()).isValid()).isTrue();
    }

    @Test
    void a_receipt_whose_stored_fields_were_altered_is_not_returned_as_if_it_had_been_signed_so() {
        SignedReceipt receipt = signed(T0.plusSeconds(90_000));
        archive.keep(receipt);

        dsl().update(RECEIPT)
                .set(RECEIPT.DELETED_COUNTS, new Long[]{2L, 1L, 40L})
                .where(RECEIPT.RECEIPT_ID.eq(receipt.receipt().id().value()))
                .execute();

        assertThatThrownBy(() -> archive.find(receipt.receipt().id()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("canonical form");
    }

    @Test
    void the_receipt_table_keeps_no_client_key() {
        assertThat(RECEIPT.fields()).extracting(field -> field.getName()).doesNotContain("client_key");
    }
}
