package io.custodian.domain.custody;

import io.custodian.domain.datamap.Category;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.retention.DeletionCause;
import io.custodian.domain.tenant.ClientKey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What of one tenant's data becomes due for deletion from {@code from} (inclusive) to {@code until} (exclusive),
 * assuming no further writes; items already overdue are counted on the first day. Lines are ordered by day, then
 * category, kind and cause; days are UTC dates.
 */
public record TenantForecast(ClientKey tenant, Instant from, Instant until, List<Line> lines) {

    /** {@code items} items of {@code kind} become due on {@code day} under {@code cause}, the first at {@code firstDueAt}. */
    public record Line(LocalDate day, Category category, ItemKind kind, DeletionCause cause, long items,
                       Instant firstDueAt) {
        public Line {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(cause, "cause");
            Objects.requireNonNull(firstDueAt, "firstDueAt");
            if (kind.category() != category) {
                throw new IllegalArgumentException(kind + " is not of category " + category);
            }
            if (items < 1) {
                throw new IllegalArgumentException("a forecast line counts at least one item");
            }
        }
    }

    public TenantForecast {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        lines = List.copyOf(lines);
    }

    public long totalItems() {
        return lines.stream().mapToLong(Line::items).sum();
    }
}
