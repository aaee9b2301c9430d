package io.custodian.domain.support;

import io.custodian.domain.access.StaffId;

import java.util.Objects;
import java.util.Optional;

/**
 * Which downloads' copies must be wiped.
 *
 * @param downloadedBy only this staff member's downloads (what one client holds); empty for everyone's
 * @param limit        1 to {@link BundleDownloads#MAX_LIMIT}
 */
public record PurgedDownloadsQuery(Optional<StaffId> downloadedBy, int limit) {

    public static final int DEFAULT_LIMIT = 500;

    public PurgedDownloadsQuery {
        Objects.requireNonNull(downloadedBy, "downloadedBy");
        if (limit < 1 || limit > BundleDownloads.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + BundleDownloads.MAX_LIMIT
                    + ", was " + limit);
        }
    }

    /** The downloads of {@code staff} to wipe, at most {@value #DEFAULT_LIMIT}. */
    public static PurgedDownloadsQuery of(StaffId staff) {
        return new PurgedDownloadsQuery(Optional.of(staff), DEFAULT_LIMIT);
    }
}
