package io.custodian.domain.custody;

import io.custodian.domain.datamap.Category;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How many items of one category a tenant holds, when the next of them is due for deletion, and by when all of them
 * will have been deleted, as things stand (assuming no further writes).
 *
 * @param nextDeletionAt the earliest deadline of the category's items; empty when none has a deadline
 * @param allDeletedBy   the latest deadline, present only when every item of the category has one (otherwise some
 *                       are kept while the tenant is subscribed)
 */
public record CategoryInventory(Category category, long items, Optional<Instant> nextDeletionAt,
                                Optional<Instant> allDeletedBy) {

    public CategoryInventory {
        Objects.requireNonNull(category, "category");
        if (items < 0) {
            throw new IllegalArgumentException("negative item count for " + category);
        }
        Objects.requireNonNull(nextDeletionAt, "nextDeletionAt");
        Objects.requireNonNull(allDeletedBy, "allDeletedBy");
        if (items == 0 && (nextDeletionAt.isPresent() || allDeletedBy.isPresent())) {
            throw new IllegalArgumentException("a category without items has no deadlines");
        }
    }
}
