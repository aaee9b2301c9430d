package io.custodian.domain.retention;

import io.custodian.domain.datamap.Category;
import io.custodian.domain.tenant.ClientKey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What will be deleted when, per tenant and category, from {@code from} (inclusive) to {@code until} (exclusive),
 * assuming no further writes. Items already overdue are counted on the first day. Days are UTC dates.
 */
public record DeletionForecast(Instant from, Instant until, List<Line> lines) {

    /** {@code items} items of {@code category} of {@code tenant} become due on {@code day}. */
    public record Line(ClientKey tenant, Category category, LocalDate day, long items) {
        public Line {
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(day, "day");
            if (items < 1) {
                throw new IllegalArgumentException("a forecast line counts at least one item");
            }
        }
    }

    public DeletionForecast {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        lines = List.copyOf(lines);
    }

    public long totalItems() {
        return lines.stream().mapToLong(Line::items).sum();
    }
}
