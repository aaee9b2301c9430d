package io.custodian.domain.receipt;

import java.util.Objects;

/** Check that a signed receipt is authentic and unchanged. */
public record VerifyReceiptCommand(SignedReceipt signedReceipt) {

    public VerifyReceiptCommand {
        Objects.requireNonNull(signedReceipt, "signedReceipt");
    }
}
