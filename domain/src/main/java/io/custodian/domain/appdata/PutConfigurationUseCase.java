package io.custodian.domain.appdata;

import io.custodian.domain.retention.StoredItem;

import java.util.Objects;

/** In-port: stores a configuration document (Customer Uploaded Data, kept while subscribed). */
public interface PutConfigurationUseCase {

    Outcome put(PutConfigurationCommand command);

    sealed interface Outcome {
    }

    /** Stored at {@code item.lastWrittenAt()}; {@code created} when there was no document of that name before. */
    record Stored(StoredItem item, boolean created) implements Outcome {
        public Stored {
            Objects.requireNonNull(item, "item");
        }
    }

    /** Nothing stored. */
    record Refused(AppDataRefusal refusal) implements Outcome {
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }
    }
}
