package io.custodian.domain.support;

import io.custodian.domain.access.StaffId;
import io.custodian.domain.receipt.TenantPseudonym;

import java.util.List;
import java.util.Optional;

/**
 * Out-port: the record of support-bundle downloads (custody records, see {@link BundleDownload}). Joins the caller's
 * transaction.
 */
public interface BundleDownloads {

    /** The largest {@code limit} of {@link #purged}. */
    int MAX_LIMIT = 1000;

    /** @throws IllegalArgumentException if a download with this id is recorded already */
    void record(BundleDownload download);

    Optional<BundleDownload> find(DownloadId id);

    /**
     * Records the wipe of the download's copy, once: a download already acknowledged keeps its first acknowledgement.
     *
     * @return whether it was recorded now (false for an unknown or already acknowledged download)
     */
    boolean acknowledgeWipe(DownloadId id, WipeAcknowledgement acknowledgement);

    /**
     * Downloads whose wipe is not acknowledged and whose ticket has no support bundle stored any more (retention or
     * a purge deleted it), oldest download first (then by id), at most {@code limit}.
     *
     * @param downloadedBy only this staff member's downloads; empty for everyone's
     * @param limit        1 to {@link #MAX_LIMIT}
     */
    List<BundleDownload> purged(Optional<StaffId> downloadedBy, int limit);

    /** Every download of the tenant's bundles, oldest first (then by id): for receipts and custody reports. */
    List<BundleDownload> ofTenant(TenantPseudonym tenant);
}
