package io.custodian.domain.appdata;

import io.custodian.domain.retention.StoredItem;

import java.util.List;
import java.util.Objects;

/**
 * In-port: stores a batch of usage events (Session Data: deleted the session retention period after they were
 * written), all or none.
 */
public interface RecordUsageUseCase {

    Outcome record(RecordUsageCommand command);

    sealed interface Outcome {
    }

    /** Every event stored, one item each, in the order of the batch. */
    record Recorded(List<StoredItem> items) implements Outcome {
        public Recorded {
            items = List.copyOf(items);
        }
    }

    /** The {@link UsagePolicy} refused the batch: nothing stored. */
    record Rejected(String reason) implements Outcome {
        public Rejected {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("Rejected needs a reason");
            }
        }
    }

    /** The tenant is not served: nothing stored. */
    record Refused(AppDataRefusal refusal) implements Outcome {
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }
    }
}
