package io.custodian.domain.appdata;

import io.custodian.domain.retention.ItemContent;

import java.time.Instant;
import java.util.Objects;

/** A stored configuration document (Customer Uploaded Data): its opaque content and when it was last written. */
public record ConfigurationDocument(ConfigurationName name, ItemContent content, Instant lastWrittenAt) {

    public ConfigurationDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(lastWrittenAt, "lastWrittenAt");
    }
}
