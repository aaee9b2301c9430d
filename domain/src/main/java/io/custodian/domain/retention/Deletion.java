package io.custodian.domain.retention;

import io.custodian.domain.datamap.Category;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.tenant.ClientKey;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What one operation deleted of one tenant, and when: every deleted item is reported in exactly one Deletion. */
public record Deletion(ClientKey tenant, Instant executedAt, List<DeletedItem> items) {

    public Deletion {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(executedAt, "executedAt");
        items = List.copyOf(items);
        if (items.stream().anyMatch(item -> !item.ref().tenant().equals(tenant))) {
            throw new IllegalArgumentException("a deletion reports items of one tenant only");
        }
        if (items.stream().map(DeletedItem::ref).distinct().count() != items.size()) {
            throw new IllegalArgumentException("a deletion reports each item once");
        }
    }

    public static Deletion none(ClientKey tenant, Instant at) {
        return new Deletion(tenant, at, List.of());
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public int size() {
        return items.size();
    }

    public List<ItemRef> refs() {
        return items.stream().map(DeletedItem::ref).toList();
    }

    /** How many items of each kind, grouped by category; kinds with none are left out. */
    public Map<Category, Map<ItemKind, Long>> countsByCategoryAndKind() {
        Map<Category, Map<ItemKind, Long>> counts = new EnumMap<>(Category.class);
        for (DeletedItem item : items) {
            counts.computeIfAbsent(item.ref().category(), category -> new EnumMap<>(ItemKind.class))
                    .merge(item.ref().kind(), 1L, Long::sum);
        }
        counts.replaceAll((category, byKind) -> Collections.unmodifiableMap(byKind));
        return Collections.unmodifiableMap(counts);
    }

    public Map<ItemKind, Long> countsByKind() {
        Map<ItemKind, Long> counts = new EnumMap<>(ItemKind.class);
        items.forEach(item -> counts.merge(item.ref().kind(), 1L, Long::sum));
        return Collections.unmodifiableMap(counts);
    }
}
