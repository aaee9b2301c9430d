package io.custodian.domain.appdata;

import java.util.Objects;

/** In-port: reads back a configuration document. */
public interface FindConfigurationUseCase {

    Outcome find(FindConfigurationQuery query);

    sealed interface Outcome {
    }

    record Found(ConfigurationDocument document) implements Outcome {
        public Found {
            Objects.requireNonNull(document, "document");
        }
    }

    /** The tenant has no document of that name. */
    record NotFound() implements Outcome {
    }

    record Refused(AppDataRefusal refusal) implements Outcome {
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }
    }
}
