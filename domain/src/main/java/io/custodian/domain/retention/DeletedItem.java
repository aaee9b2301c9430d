package io.custodian.domain.retention;

import java.util.Objects;

/** One item that was deleted, and why. */
public record DeletedItem(ItemRef ref, DeletionCause cause) {
    public DeletedItem {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(cause, "cause");
    }
}
