package io.custodian.domain.deletion;

import io.custodian.domain.receipt.SignedReceipt;

import java.util.Objects;

/** The outcome of a step of an early deletion: a value, never an exception. */
public sealed interface EarlyDeletionOutcome {

    /** The step was taken; {@code request} is the request after it. */
    record Accepted(DeletionRequest request) implements EarlyDeletionOutcome {
        public Accepted {
            Objects.requireNonNull(request, "request");
        }
    }

    /** The tenant was purged; the receipt proves what was deleted. */
    record Executed(DeletionRequest request, SignedReceipt receipt) implements EarlyDeletionOutcome {
        public Executed {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(receipt, "receipt");
        }
    }

    record Refused(EarlyDeletionRefusal refusal, String reason) implements EarlyDeletionOutcome {
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("a refusal needs a reason");
            }
        }
    }
}
