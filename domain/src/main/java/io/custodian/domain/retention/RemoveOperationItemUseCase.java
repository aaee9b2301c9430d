package io.custodian.domain.retention;

import java.util.Objects;

/**
 * In-port: removes an operation data item and everything deleted with it: removing a sync relation deletes its
 * twins, and a twin's removal deletes its field traces and issue version copies.
 */
public interface RemoveOperationItemUseCase {

    Outcome remove(RemoveOperationItemCommand command);

    sealed interface Outcome {
    }

    record Removed(Deletion deletion) implements Outcome {
        public Removed {
            Objects.requireNonNull(deletion, "deletion");
        }
    }

    record Refused(OperationRefusal refusal) implements Outcome {
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }
    }
}
