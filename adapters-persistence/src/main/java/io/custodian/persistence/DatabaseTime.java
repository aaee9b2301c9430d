package io.custodian.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Instants as the stores write them to {@code timestamptz} columns: in UTC and truncated to microseconds, the
 * column's precision. PostgreSQL would round a nanosecond instant instead; truncating first keeps a stored instant
 * equal to the domain's {@code CanonicalForm.storedPrecision} of it, so hashed and signed records read back
 * unchanged.
 */
public final class DatabaseTime {

    private DatabaseTime() {
    }

    public static OffsetDateTime utc(Instant instant) {
        return Objects.requireNonNull(instant, "instant").truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
