package io.custodian.domain.support;

import java.util.Objects;
import java.util.UUID;

/** The id of one download of a support bundle by a staff member; the desktop client files its copy under it. */
public record DownloadId(UUID value) {

    public DownloadId {
        Objects.requireNonNull(value, "download id");
    }

    /** Parses the canonical lower-case UUID text form; throws {@link IllegalArgumentException} on anything else. */
    public static DownloadId parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("download id must not be null");
        }
        UUID uuid = UUID.fromString(text);
        if (!uuid.toString().equals(text)) {
            throw new IllegalArgumentException("download id must be a lower-case canonical UUID");
        }
        return new DownloadId(uuid);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
