package io.custodian.domain.tenant;

import java.util.Objects;

/**
 * In-port: record the license state reported with a verified app request of an ACTIVE tenant. An unchanged state is
 * written again only after {@link LicenseState#REFRESH_INTERVAL}, so not every request writes.
 */
public interface RecordLicenseUseCase {

    Outcome record(RecordLicenseCommand command);

    sealed interface Outcome {
    }

    /** Written. */
    record Recorded(LicenseState state) implements Outcome {
        public Recorded {
            Objects.requireNonNull(state, "state");
        }
    }

    /** Same state as recorded recently: nothing written. */
    record Unchanged(LicenseState state) implements Outcome {
        public Unchanged {
            Objects.requireNonNull(state, "state");
        }
    }

    /** Not an installed, ACTIVE tenant pinned here: nothing written. */
    record Refused(String reason) implements Outcome {
        public Refused {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("Refused needs a reason");
            }
        }
    }
}
