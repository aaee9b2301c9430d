package io.custodian.persistence.retention;

import io.custodian.domain.datamap.ItemKind;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The table of one item kind and the columns of the common item spine (see migration V3). Every item kind except
 * the installation record has one. Adapter-internal: generated jOOQ types never leave this module.
 *
 * @param itemId      the item id column; empty for {@code license_information}, whose one row per tenant is the
 *                    item with the fixed id {@link ItemTables#LICENSE_ITEM_ID}
 * @param parentId    present exactly when the data map gives the kind a parent
 * @param resolvedAt  present only for support tickets
 */
record ItemTable(
        ItemKind kind,
        Table<? extends Record> table,
        Field<String> clientKey,
        Optional<Field<String>> itemId,
        Optional<Field<String>> parentId,
        Field<OffsetDateTime> lastWrittenAt,
        Optional<Field<OffsetDateTime>> resolvedAt,
        Field<byte[]> content) {

    ItemTable {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(clientKey, "clientKey");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(lastWrittenAt, "lastWrittenAt");
        Objects.requireNonNull(resolvedAt, "resolvedAt");
        Objects.requireNonNull(content, "content");
    }

    String name() {
        return table.getName();
    }

    /** The item id as a selectable field: the column, or the fixed license id as a literal. */
    Field<String> itemIdOrConstant() {
        return itemId.orElseGet(() -> DSL.inline(ItemTables.LICENSE_ITEM_ID.value(), SQLDataType.CLOB));
    }

    /** The parent id as a selectable field: the column, or a typed null. */
    Field<String> parentIdOrNull() {
        return parentId.orElseGet(() -> DSL.castNull(SQLDataType.CLOB));
    }

    /** The resolution time as a selectable field: the column, or a typed null. */
    Field<OffsetDateTime> resolvedAtOrNull() {
        return resolvedAt.orElseGet(() -> DSL.castNull(SQLDataType.TIMESTAMPWITHTIMEZONE(6)));
    }
}
