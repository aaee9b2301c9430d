package io.custodian.domain.appdata;

import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.retention.ItemContent;
import io.custodian.domain.retention.ItemId;
import io.custodian.domain.retention.ItemRef;
import io.custodian.domain.retention.RecordOperationItemCommand;
import io.custodian.domain.tenant.ClientKey;

import java.util.Objects;
import java.util.Optional;

/** The trace of one field of a twin; its item id is {@code <relationId>/<localIssueId>/<fieldId>}. */
public record FieldTraceKey(TwinKey twin, FieldId field) {

    public FieldTraceKey {
        Objects.requireNonNull(twin, "twin");
        Objects.requireNonNull(field, "field");
    }

    public ItemId itemId() {
        return new ItemId(twin.itemId().value() + "/" + field.value());
    }

    public ItemRef ref(ClientKey tenant) {
        return new ItemRef(tenant, ItemKind.FIELD_TRACE, itemId());
    }

    /** Writes (creates or replaces) the field trace; refused when the twin does not exist. */
    public RecordOperationItemCommand record(ClientKey tenant, ItemContent content) {
        return new RecordOperationItemCommand(tenant, ItemKind.FIELD_TRACE, itemId(), Optional.of(twin.itemId()),
                content);
    }
}
