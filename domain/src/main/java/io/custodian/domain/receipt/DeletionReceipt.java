package io.custodian.domain.receipt;

import io.custodian.domain.datamap.Category;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.location.DataLocation;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What remains of a purged tenant: proof of what was deleted, per category and per item kind, when, under which
 * rule, and where. It holds no client key and no personal data: the tenant is named by its pseudonym.
 *
 * <p>Invariants: counts are non-negative and zero counts are dropped (so adding an item kind later leaves the
 * canonical form of older receipts unchanged); the per-category counts are the per-kind counts summed by
 * {@link ItemKind#category()}; a mark time and a deadline come together, the deadline no earlier than the mark
 * and at most {@link #MAX_GRACE_PERIOD} after it; execution is not before the mark; a purge for an expired grace
 * period has a mark and runs at or after the deadline. Instants are kept at microsecond precision.
 *
 * @param markedAt when the tenant was marked for deletion (uninstalled), if it was
 * @param deadline the purge deadline set at the mark, if the tenant was marked
 */
public record DeletionReceipt(
        ReceiptId id,
        TenantPseudonym tenant,
        DeletionTrigger trigger,
        Map<Category, Long> deletedPerCategory,
        Map<ItemKind, Long> deletedPerKind,
        Optional<Instant> markedAt,
        Optional<Instant> deadline,
        Instant executedAt,
        DataLocation location) {

    /** "The data is deleted after 180 days at the latest." */
    public static final Duration MAX_GRACE_PERIOD = Duration.ofDays(180);

    public DeletionReceipt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(markedAt, "markedAt");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(executedAt, "executedAt");
        Objects.requireNonNull(location, "location");
        deletedPerKind = nonZeroCounts(deletedPerKind, ItemKind.class);
        deletedPerCategory = nonZeroCounts(deletedPerCategory, Category.class);
        if (!deletedPerCategory.equals(perCategory(deletedPerKind))) {
            throw new IllegalArgumentException("per-category counts " + deletedPerCategory
                    + " are not the per-kind counts summed by category " + perCategory(deletedPerKind));
        }
        markedAt = markedAt.map(CanonicalForm::storedPrecision);
        deadline = deadline.map(CanonicalForm::storedPrecision);
        executedAt = CanonicalForm.storedPrecision(executedAt);
        if (markedAt.isPresent() != deadline.isPresent()) {
            throw new IllegalArgumentException("mark time and deadline are both present or both absent");
        }
        if (markedAt.isPresent()) {
            Instant mark = markedAt.get();
            Instant due = deadline.get();
            if (due.isBefore(mark) || due.isAfter(mark.plus(MAX_GRACE_PERIOD))) {
                throw new IllegalArgumentException("deadline " + due + " must lie within " + MAX_GRACE_PERIOD.toDays()
                        + " days after the mark " + mark);
            }
            if (executedAt.isBefore(mark)) {
                throw new IllegalArgumentException("execution " + executedAt + " precedes the mark " + mark);
            }
        }
        switch (trigger) {
            case DeletionTrigger.UninstallGraceExpired expired -> {
                if (deadline.isEmpty() || executedAt.isBefore(deadline.get())) {
                    throw new IllegalArgumentException(
                            "a purge for an expired grace period needs a mark and runs at or after its deadline");
                }
            }
            case DeletionTrigger.EarlyDeletionRequest request -> {
                // allowed whether or not the tenant was marked, and at any time before or after the deadline
            }
        }
    }

    /** A receipt whose per-category counts are derived from the per-kind counts. */
    public static DeletionReceipt of(ReceiptId id, TenantPseudonym tenant, DeletionTrigger trigger,
            Map<ItemKind, Long> deletedPerKind, Optional<Instant> markedAt, Optional<Instant> deadline,
            Instant executedAt, DataLocation location) {
        return new DeletionReceipt(id, tenant, trigger, perCategory(deletedPerKind), deletedPerKind, markedAt,
                deadline, executedAt, location);
    }

    /** Items deleted, all kinds together. */
    public long totalDeleted() {
        return deletedPerKind.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The per-kind counts summed by category (zero counts left out). */
    public static Map<Category, Long> perCategory(Map<ItemKind, Long> perKind) {
        Objects.requireNonNull(perKind, "perKind");
        Map<Category, Long> sums = new EnumMap<>(Category.class);
        perKind.forEach((kind, count) -> {
            Objects.requireNonNull(kind, "item kind");
            Objects.requireNonNull(count, "count");
            if (count > 0) {
                sums.merge(kind.category(), count, Math::addExact);
            }
        });
        return Collections.unmodifiableMap(sums);
    }

    private static <K extends Enum<K>> Map<K, Long> nonZeroCounts(Map<K, Long> counts, Class<K> type) {
        Objects.requireNonNull(counts, type.getSimpleName() + " counts");
        Map<K, Long> copy = new EnumMap<>(type);
        counts.forEach((key, count) -> {
            Objects.requireNonNull(key, type.getSimpleName());
            Objects.requireNonNull(count, "count of " + key);
            if (count < 0) {
                throw new IllegalArgumentException("negative count for " + key + ": " + count);
            }
            if (count > 0) {
                copy.put(key, count);
            }
        });
        return Collections.unmodifiableMap(copy);
    }
}
