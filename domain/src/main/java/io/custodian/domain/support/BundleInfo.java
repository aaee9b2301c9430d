package io.custodian.domain.support;

import java.time.Instant;
import java.util.Objects;

/** A stored support bundle as the desk lists it: its size and when it was collected. Never its bytes. */
public record BundleInfo(int sizeBytes, Instant collectedAt) {

    public BundleInfo {
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("bundle size must not be negative");
        }
        Objects.requireNonNull(collectedAt, "collectedAt");
    }
}
