package io.custodian.domain.appdata;

import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.retention.ItemContent;
import io.custodian.domain.retention.ItemId;
import io.custodian.domain.retention.ItemRef;
import io.custodian.domain.retention.RecordIssueVersionCommand;
import io.custodian.domain.retention.RecordOperationItemCommand;
import io.custodian.domain.retention.RemoveOperationItemCommand;
import io.custodian.domain.tenant.ClientKey;

import java.util.Objects;
import java.util.Optional;

/**
 * A twin: a local issue along one relation. Its twin trace's item id is {@code <relationId>/<localIssueId>}: item ids
 * are unique per tenant and kind, and neither part can contain {@code /}, so two relations may twin the same local
 * issue without their traces colliding.
 */
public record TwinKey(RelationId relation, LocalIssueId localIssue) {

    public TwinKey {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(localIssue, "localIssue");
    }

    public ItemId itemId() {
        return new ItemId(relation.value() + "/" + localIssue.value());
    }

    public ItemRef ref(ClientKey tenant) {
        return new ItemRef(tenant, ItemKind.TWIN_TRACE, itemId());
    }

    /** Writes (creates or replaces) the twin trace; refused when the relation does not exist. */
    public RecordOperationItemCommand record(ClientKey tenant, ItemContent content) {
        return new RecordOperationItemCommand(tenant, ItemKind.TWIN_TRACE, itemId(), Optional.of(relation.itemId()),
                content);
    }

    /** Stores the next issue version copy of the twin; refused when the twin does not exist. */
    public RecordIssueVersionCommand recordVersion(ClientKey tenant, ItemContent content) {
        return new RecordIssueVersionCommand(tenant, itemId(), content);
    }

    /** Removes the twin trace with its field traces and issue version copies. */
    public RemoveOperationItemCommand remove(ClientKey tenant) {
        return new RemoveOperationItemCommand(ref(tenant));
    }
}
