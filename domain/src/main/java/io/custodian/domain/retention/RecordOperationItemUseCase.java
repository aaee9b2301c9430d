package io.custodian.domain.retention;

import java.util.Objects;

/**
 * In-port: an app request writes an operation data item. Applies the "no longer required" rules at once: writing
 * a third issue version copy of a twin deletes the oldest, refreshed license information replaces the old one.
 */
public interface RecordOperationItemUseCase {

    Outcome record(RecordOperationItemCommand command);

    sealed interface Outcome {
    }

    /** Written; {@code superseded} lists what the write made unnecessary (possibly nothing). */
    record Recorded(StoredItem item, Deletion superseded) implements Outcome {
        public Recorded {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(superseded, "superseded");
        }
    }

    record Refused(OperationRefusal refusal) implements Outcome {
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }
    }
}
