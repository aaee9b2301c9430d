package io.custodian.domain.retention;

import io.custodian.domain.datamap.Category;
import io.custodian.domain.tenant.ClientKey;

import java.util.Objects;

/** The customer (through an app request) removes an operation data item, e.g. a sync relation or a twin. */
public record RemoveOperationItemCommand(ItemRef item) {
    public RemoveOperationItemCommand {
        Objects.requireNonNull(item, "item");
        if (item.category() != Category.OPERATION) {
            throw new IllegalArgumentException(item.kind() + " is not Operation Data");
        }
    }

    public ClientKey tenant() {
        return item.tenant();
    }
}
