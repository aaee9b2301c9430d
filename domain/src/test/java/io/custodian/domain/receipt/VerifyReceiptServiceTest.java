package io.custodian.domain.receipt;

import io.custodian.domain.datamap.ItemKind;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VerifyReceiptServiceTest {

    private final SigningPair keys = TestReceiptKeys.newSigningPair("receipts-2026");
    private final VerifyReceiptService service = new VerifyReceiptService(keys.verifier());
    private final SignedReceipt signed = SignedReceipt.sign(ReceiptFixtures.graceExpiredReceipt(), keys.signer());

    @Test
    void an_untouched_signed_receipt_is_valid_and_names_its_key() {
        assertThat(service.verify(new VerifyReceiptCommand(signed))).isEqualTo(
                new ReceiptVerification.Valid(signed.receipt().id(), "receipts-2026", "Ed25519"));
    }

    @Test
    void a_receipt_whose_counts_were_changed_after_signing_is_invalid() {
        DeletionReceipt original = signed.receipt();
        Map<ItemKind, Long> fewer = new HashMap<>(original.deletedPerKind());
        fewer.put(ItemKind.ISSUE_VERSION_COPY, 1L);
        DeletionReceipt altered = DeletionReceipt.of(original.id(), original.tenant(), original.trigger(), fewer,
                original.markedAt(), original.deadline(), original.executedAt(), original.location());

        ReceiptVerification verification = service.verify(
                new VerifyReceiptCommand(new SignedReceipt(altered, signed.signature())));

        assertThat(verification).isInstanceOfSatisfying(ReceiptVerification.Invalid.class,
                invalid -> assertThat(invalid.receiptId()).isEqualTo(original.id()));
    }

    @Test
    void a_receipt_signed_by_an_untrusted_key_is_invalid() {
        SignedReceipt forged = SignedReceipt.sign(ReceiptFixtures.graceExpiredReceipt(),
                TestReceiptKeys.newSigningPair("receipts-2026").signer());

        assertThat(service.verify(new VerifyReceiptCommand(forged))).isInstanceOf(ReceiptVerification.Invalid.class);
    }
}
