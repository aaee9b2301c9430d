package io.custodian.domain.retention;

import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.receipt.SignedReceipt;
import io.custodian.domain.tenant.InstallationRecord;
import io.custodian.domain.tenant.TenantState;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A tenant's purge: the record as it was at the purge (state PURGED, keeping its mark time and deadline if it had
 * them), every item deleted (the installation record included) and the signed receipt counting exactly those
 * items. The record itself is gone from the store; only the receipt remains.
 */
public record Purge(InstallationRecord purged, Deletion deletion, Map<ItemKind, Long> deletedBefore,
                    DeletionCause cause, SignedReceipt receipt) {

    public Purge {
        Objects.requireNonNull(purged, "purged");
        Objects.requireNonNull(deletion, "deletion");
        deletedBefore = Map.copyOf(deletedBefore);
        deletedBefore.forEach((kind, count) -> {
            if (count < 0) {
                throw new IllegalArgumentException("a count of deleted items cannot be negative: " + kind);
            }
        });
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(receipt, "receipt");
        if (purged.state() != TenantState.PURGED) {
            throw new IllegalArgumentException("a purge carries the PURGED record, not " + purged.state());
        }
        if (!deletion.tenant().equals(purged.clientKey())) {
            throw new IllegalArgumentException("a purge deletes the items of the purged tenant only");
        }
        if (!receipt.receipt().deletedPerKind().equals(totalCounts(deletion, deletedBefore))) {
            throw new IllegalArgumentException("the receipt must count exactly the items the purge deleted");
        }
    }

    /** Everything the purge deleted per kind: the final step's items and those deleted in earlier batches. */
    public Map<ItemKind, Long> deletedPerKind() {
        return totalCounts(deletion, deletedBefore);
    }

    static Map<ItemKind, Long> totalCounts(Deletion deletion, Map<ItemKind, Long> deletedBefore) {
        Map<ItemKind, Long> counts = new EnumMap<>(ItemKind.class);
        counts.putAll(deletion.countsByKind());
        deletedBefore.forEach((kind, count) -> {
            if (count > 0) {
                counts.merge(kind, count, Long::sum);
            }
        });
        return Collections.unmodifiableMap(counts);
    }
}
