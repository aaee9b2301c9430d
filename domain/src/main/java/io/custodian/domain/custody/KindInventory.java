package io.custodian.domain.custody;

import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.retention.DeletionCause;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How many items of one kind a tenant holds, and when the next of them is due for deletion under which rule
 * (empty when none has a deadline: kept while subscribed).
 */
public record KindInventory(ItemKind kind, long items, Optional<Instant> nextDeletionAt,
                            Optional<DeletionCause> nextDeletionCause) {

    public KindInventory {
        Objects.requireNonNull(kind, "kind");
        if (items < 0) {
            throw new IllegalArgumentException("negative item count for " + kind);
        }
        Objects.requireNonNull(nextDeletionAt, "nextDeletionAt");
        Objects.requireNonNull(nextDeletionCause, "nextDeletionCause");
        if (nextDeletionAt.isPresent() != nextDeletionCause.isPresent()) {
            throw new IllegalArgumentException("a next deletion has a time and a cause");
        }
    }
}
