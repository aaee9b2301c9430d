package io.custodian.domain.support;

import java.util.Objects;

/**
 * In-port: record that a client wiped its copy of a downloaded bundle (at any time: after the server deleted the
 * bundle, or earlier). Only the staff member who downloaded it holds the copy, so only they acknowledge its wipe.
 * An acknowledgement is recorded in the audit log ({@code support-bundle.acknowledge-wipe}, subject the download;
 * a refusal with outcome {@code REFUSED}); acknowledging again changes and records nothing.
 */
public interface AcknowledgeWipeUseCase {

    Outcome acknowledge(AcknowledgeWipeCommand command);

    sealed interface Outcome {
    }

    record Acknowledged(BundleDownload download) implements Outcome {
        public Acknowledged {
            Objects.requireNonNull(download, "download");
        }
    }

    /** Acknowledged before; unchanged, with its first acknowledgement. */
    record AlreadyAcknowledged(BundleDownload download) implements Outcome {
        public AlreadyAcknowledged {
            Objects.requireNonNull(download, "download");
        }
    }

    /** Another staff member downloaded it; nothing recorded but the refusal in the audit log. */
    record NotDownloader() implements Outcome {
    }

    record NotFound() implements Outcome {
    }
}
