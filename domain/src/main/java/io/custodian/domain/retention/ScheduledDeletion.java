package io.custodian.domain.retention;

import java.time.Instant;
import java.util.Objects;

/** When an item is due for deletion and under which rule, assuming it is not written again. */
public record ScheduledDeletion(StoredItem item, Instant dueAt, DeletionCause cause) {

    public ScheduledDeletion {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(cause, "cause");
    }

    public boolean isDueAt(Instant at) {
        return !dueAt.isAfter(at);
    }
}
