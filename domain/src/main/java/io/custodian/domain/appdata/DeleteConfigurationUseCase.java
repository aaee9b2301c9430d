package io.custodian.domain.appdata;

import io.custodian.domain.retention.Deletion;

import java.util.Objects;

/** In-port: deletes a configuration document at once (cause: removed by the customer). */
public interface DeleteConfigurationUseCase {

    Outcome delete(DeleteConfigurationCommand command);

    sealed interface Outcome {
    }

    record Deleted(Deletion deletion) implements Outcome {
        public Deleted {
            Objects.requireNonNull(deletion, "deletion");
        }
    }

    /** The tenant has no document of that name: nothing deleted. */
    record NotFound() implements Outcome {
    }

    record Refused(AppDataRefusal refusal) implements Outcome {
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }
    }
}
