package io.custodian.domain.receipt;

import java.util.Objects;

/** Recomputes the receipt's canonical form and checks its signature with the {@link ReceiptVerifier}. */
public final class VerifyReceiptService implements VerifyReceiptUseCase {

    private final ReceiptVerifier verifier;

    public VerifyReceiptService(ReceiptVerifier verifier) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
    }

    @Override
    public ReceiptVerification verify(VerifyReceiptCommand command) {
        SignedReceipt signed = command.signedReceipt();
        ReceiptId id = signed.receipt().id();
        return switch (verifier.verify(ReceiptCanonicalForm.of(signed.receipt()), signed.signature())) {
            case SignatureCheck.Valid valid ->
                    new ReceiptVerification.Valid(id, signed.signature().keyId(), signed.signature().algorithm());
            case SignatureCheck.Invalid invalid -> new ReceiptVerification.Invalid(id, invalid.reason());
        };
    }
}
