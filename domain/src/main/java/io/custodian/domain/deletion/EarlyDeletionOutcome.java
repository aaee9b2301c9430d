package io.custodian.domain.deletion;

import io.custodian.domain.receipt.SignedReceipt;
import io.custodian.domain.retention.Purge;

import java.util.Objects;

/** The outcome of a step of an early deletion: a value, never an exception. */
public sealed interface EarlyDeletionOutcome {

    /** The step was taken; {@code request} is the request after it. */
    record Accepted(DeletionRequest request) implements EarlyDeletionOutcome {
        public Accepted {
            Objects.requireNonNull(request, "request");
        }
    }

    /** The tenant was purged: {@code purge} lists every deleted item; its receipt proves what was deleted. */
    record Executed(DeletionRequest request, Purge purge) implements EarlyDeletionOutcome {
        public Executed {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(purge, "purge");
        }

        public SignedReceipt receipt() {
            return purge.receipt();
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
