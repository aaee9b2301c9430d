package io.custodian.domain.receipt;

import java.util.Objects;

/** A receipt signer and a verifier that trusts its key, for {@link ReceiptSigningContract}. */
public record SigningPair(ReceiptSigner signer, ReceiptVerifier verifier) {

    public SigningPair {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(verifier, "verifier");
    }
}
