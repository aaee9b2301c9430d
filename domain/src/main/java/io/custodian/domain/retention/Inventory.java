package io.custodian.domain.retention;

import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.tenant.ClientKey;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Out-port: the metadata of every stored tenant item except the installation record (which the
 * {@code TenantStore} holds). The persistence adapter answers from the tables registered in the data map.
 */
public interface Inventory {

    /** Client keys that have at least one item. */
    Set<ClientKey> tenantsWithItems();

    /** Every item of the tenant, in no particular order. */
    List<StoredItem> itemsOf(ClientKey tenant);

    Optional<StoredItem> find(ItemRef ref);

    /** Items whose parent is {@code parent}: of a kind the data map gives {@code parent.kind()} as parent. */
    List<StoredItem> childrenOf(ItemRef parent);

    /** Items of one kind under one parent (or, for a kind without parent, all of the tenant's items of that kind). */
    List<StoredItem> itemsOfKind(ClientKey tenant, ItemKind kind, Optional<ItemId> parent);
}
