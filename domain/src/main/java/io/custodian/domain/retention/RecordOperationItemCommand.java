package io.custodian.domain.retention;

import io.custodian.domain.datamap.Category;
import io.custodian.domain.datamap.DataMap;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.tenant.ClientKey;

import java.util.Objects;
import java.util.Optional;

/**
 * An app request writes an operation data item (license information, sync relation, twin trace, field trace or
 * issue version copy).
 *
 * @param parent the parent's id: required exactly for the kinds the data map gives a parent
 */
public record RecordOperationItemCommand(ClientKey tenant, ItemKind kind, ItemId id, Optional<ItemId> parent,
                                         ItemContent content) {
    public RecordOperationItemCommand {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(content, "content");
        if (kind.category() != Category.OPERATION) {
            throw new IllegalArgumentException(kind + " is " + kind.category().displayName() + ", not Operation Data");
        }
        if (DataMap.standard().entry(kind).parent().isPresent() != parent.isPresent()) {
            throw new IllegalArgumentException(kind + (parent.isPresent() ? " has no parent" : " needs its parent's id"));
        }
    }

    /** The tenant's license information, replacing the previous one: the item {@link ItemId#LICENSE}. */
    public static RecordOperationItemCommand licenseInformation(ClientKey tenant, ItemContent content) {
        return new RecordOperationItemCommand(tenant, ItemKind.LICENSE_INFORMATION, ItemId.LICENSE, Optional.empty(),
                content);
    }
}
