package io.custodian.domain.support;

import io.custodian.domain.access.StaffId;

import java.time.Instant;
import java.util.Objects;

/** A staff member's client confirmed that it wiped its copy of a downloaded bundle. */
public record WipeAcknowledgement(StaffId by, Instant at) {

    public WipeAcknowledgement {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
