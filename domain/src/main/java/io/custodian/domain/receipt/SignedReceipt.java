package io.custodian.domain.receipt;

import java.util.Objects;

/** A deletion receipt with the signature over its {@link ReceiptCanonicalForm canonical form}. */
public record SignedReceipt(DeletionReceipt receipt, ReceiptSignature signature) {

    public SignedReceipt {
        Objects.requireNonNull(receipt, "receipt");
        Objects.requireNonNull(signature, "signature");
    }

    /** Signs {@code receipt}'s canonical form with {@code signer}. */
    public static SignedReceipt sign(DeletionReceipt receipt, ReceiptSigner signer) {
        return new SignedReceipt(receipt, signer.sign(ReceiptCanonicalForm.of(receipt)));
    }
}
