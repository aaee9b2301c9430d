package io.custodian.domain.identity;

import io.custodian.domain.access.StaffId;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The password hash of a staff account and when it was set ({@code setAt} kept at microsecond precision, the
 * database's).
 */
public record StaffCredential(StaffId staff, PasswordHash hash, Instant setAt) {

    public StaffCredential {
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(hash, "hash");
        setAt = Objects.requireNonNull(setAt, "setAt").truncatedTo(ChronoUnit.MICROS);
    }
}
