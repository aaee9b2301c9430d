package io.custodian.domain.custody;

import io.custodian.domain.receipt.ReceiptCanonicalForm;
import io.custodian.domain.receipt.ReceiptVerification;
import io.custodian.domain.receipt.SignedReceipt;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A signed receipt as handed to an auditor: the receipt, the exact bytes that were signed (its canonical form), and
 * this deployment's check of the signature over them.
 */
public record ReceiptDocument(SignedReceipt signed, ReceiptVerification verification) {

    public ReceiptDocument {
        Objects.requireNonNull(signed, "signed");
        Objects.requireNonNull(verification, "verification");
    }

    /** The bytes the signature covers. */
    public byte[] canonicalForm() {
        return ReceiptCanonicalForm.of(signed.receipt());
    }

    /** The canonical form as text (it is UTF-8). */
    public String canonicalText() {
        return new String(canonicalForm(), StandardCharsets.UTF_8);
    }
}
