package io.custodian.domain.support;

import io.custodian.domain.access.StaffId;
import io.custodian.domain.receipt.TenantPseudonym;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The record that a staff member downloaded a ticket's support bundle: a custody record that outlives the bundle, so
 * the staff member's client learns when the bundle was deleted on the server and wipes its copy, and the
 * acknowledgement of that wipe can be shown later (e.g. next to the tenant's deletion receipt). It names the tenant
 * by pseudonym only, like receipts and the audit log, and holds none of the bundle's content: only its size and
 * SHA-256, which identify the copy.
 *
 * @param bundleSha256 SHA-256 of the downloaded bytes, 64 lower-case hex digits
 * @param wipe         present once the downloader's client acknowledged wiping its copy
 */
public record BundleDownload(DownloadId id, TicketId ticket, TenantPseudonym tenant, StaffId downloadedBy,
                             Instant downloadedAt, int bundleBytes, String bundleSha256,
                             Optional<WipeAcknowledgement> wipe) {

    private static final Pattern HEX_64 = Pattern.compile("[0-9a-f]{64}");

    public BundleDownload {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(downloadedBy, "downloadedBy");
        Objects.requireNonNull(downloadedAt, "downloadedAt");
        if (bundleBytes < 0) {
            throw new IllegalArgumentException("bundle size must not be negative");
        }
        if (bundleSha256 == null || !HEX_64.matcher(bundleSha256).matches()) {
            throw new IllegalArgumentException("bundle SHA-256 must be 64 lower-case hex digits");
        }
        Objects.requireNonNull(wipe, "wipe");
        if (wipe.isPresent() && wipe.get().at().isBefore(downloadedAt)) {
            throw new IllegalArgumentException("a copy cannot be wiped before it was downloaded");
        }
    }

    /** The same download, its wipe acknowledged. */
    public BundleDownload wiped(WipeAcknowledgement acknowledgement) {
        return new BundleDownload(id, ticket, tenant, downloadedBy, downloadedAt, bundleBytes, bundleSha256,
                Optional.of(acknowledgement));
    }
}
