package io.custodian.domain.appdata;

import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.retention.ItemContent;
import io.custodian.domain.retention.ItemId;
import io.custodian.domain.retention.ItemRef;
import io.custodian.domain.retention.RecordOperationItemCommand;
import io.custodian.domain.retention.RemoveOperationItemCommand;
import io.custodian.domain.tenant.ClientKey;

import java.util.Optional;

/** The id the add-on gives a sync relation; the relation's item id as it is. */
public record RelationId(String value) {

    public static final int MAX_LENGTH = 64;

    public RelationId {
        SafeIds.require("relation id", value, MAX_LENGTH);
    }

    public ItemId itemId() {
        return new ItemId(value);
    }

    public ItemRef ref(ClientKey tenant) {
        return new ItemRef(tenant, ItemKind.SYNC_RELATION, itemId());
    }

    /** Writes (creates or replaces) the relation with this content. */
    public RecordOperationItemCommand record(ClientKey tenant, ItemContent content) {
        return new RecordOperationItemCommand(tenant, ItemKind.SYNC_RELATION, itemId(), Optional.empty(), content);
    }

    /** Removes the relation with its twins, their field traces and issue version copies. */
    public RemoveOperationItemCommand remove(ClientKey tenant) {
        return new RemoveOperationItemCommand(ref(tenant));
    }

    @Override
    public String toString() {
        return value;
    }
}
