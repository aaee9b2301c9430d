package io.custodian.domain.support;

import io.custodian.domain.retention.ItemContent;

import java.util.Objects;

/**
 * In-port: the bytes of a ticket's support bundle (a ZIP), for a staff member's client, which keeps them in its
 * managed folder under the download's id. Every download is recorded ({@link BundleDownloads}) with its own id, the
 * staff member, the ticket and the time, so that {@link PurgedDownloadsUseCase} can later tell the client to wipe the
 * copy. A staff read: the staff API authorises and audits it, this use case does not.
 */
public interface DownloadBundleUseCase {

    Outcome download(DownloadBundleCommand command);

    sealed interface Outcome {
    }

    /** @param fileName a safe file name for the copy, e.g. {@code custodian-support-bundle-T-1.zip} */
    record Downloaded(BundleDownload download, ItemContent bundle, String fileName) implements Outcome {
        public Downloaded {
            Objects.requireNonNull(download, "download");
            Objects.requireNonNull(bundle, "bundle");
            Objects.requireNonNull(fileName, "fileName");
        }
    }

    /** No such ticket is stored. */
    record TicketNotFound() implements Outcome {
    }

    /** The ticket is stored but its bundle is not (deleted). */
    record BundleNotFound() implements Outcome {
    }
}
