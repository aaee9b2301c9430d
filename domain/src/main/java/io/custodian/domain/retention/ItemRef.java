package io.custodian.domain.retention;

import io.custodian.domain.datamap.Category;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.tenant.ClientKey;

import java.util.Objects;

/** Names one stored item: its tenant, its kind and its id. */
public record ItemRef(ClientKey tenant, ItemKind kind, ItemId id) {

    public ItemRef {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public Category category() {
        return kind.category();
    }
}
