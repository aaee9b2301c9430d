package io.custodian.domain.deletion;

import io.custodian.domain.datamap.Category;
import io.custodian.domain.datamap.ItemKind;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an early deletion would delete if executed at {@code countedAt}: how many items of each kind (the
 * installation record included), and per category. Nothing is deleted to produce it.
 */
public record DryRunReport(Instant countedAt, Map<ItemKind, Long> perKind) {

    public DryRunReport {
        Objects.requireNonNull(countedAt, "countedAt");
        Map<ItemKind, Long> copy = new EnumMap<>(ItemKind.class);
        perKind.forEach((kind, count) -> {
            if (count < 0) {
                throw new IllegalArgumentException("negative count for " + kind);
            }
            if (count > 0) {
                copy.put(kind, count);
            }
        });
        perKind = Collections.unmodifiableMap(copy);
    }

    public Map<Category, Long> perCategory() {
        Map<Category, Long> sums = new EnumMap<>(Category.class);
        perKind.forEach((kind, count) -> sums.merge(kind.category(), count, Long::sum));
        return Collections.unmodifiableMap(sums);
    }

    public long total() {
        return perKind.values().stream().mapToLong(Long::longValue).sum();
    }
}
