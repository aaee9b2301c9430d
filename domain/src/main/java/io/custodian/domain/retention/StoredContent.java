package io.custodian.domain.retention;

import java.util.Objects;

/** A stored item's metadata together with its content, as {@link ItemContents} reads them back. */
public record StoredContent(StoredItem item, ItemContent content) {

    public StoredContent {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(content, "content");
    }

    public ItemId id() {
        return item.id();
    }
}
