package io.custodian.domain.receipt;

import java.util.Objects;

/** Whether a signed receipt is authentic and unchanged. */
public sealed interface ReceiptVerification {

    ReceiptId receiptId();

    /** The signature matches the receipt's canonical form under the trusted key {@code keyId}. */
    record Valid(ReceiptId receiptId, String keyId, String algorithm) implements ReceiptVerification {
        public Valid {
            Objects.requireNonNull(receiptId, "receiptId");
            Objects.requireNonNull(keyId, "keyId");
            Objects.requireNonNull(algorithm, "algorithm");
        }
    }

    record Invalid(ReceiptId receiptId, String reason) implements ReceiptVerification {
        public Invalid {
            Objects.requireNonNull(receiptId, "receiptId");
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("an invalid receipt needs a reason");
            }
        }
    }
}
