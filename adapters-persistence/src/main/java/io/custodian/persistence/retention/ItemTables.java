package io.custodian.persistence.retention;

import io.custodian.domain.datamap.DataMap;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.retention.ItemId;

import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.custodian.persistence.jooq.Tables.CONFIGURATION_DOCUMENT;
import static io.custodian.persistence.jooq.Tables.FIELD_TRACE;
import static io.custodian.persistence.jooq.Tables.ISSUE_VERSION_COPY;
import static io.custodian.persistence.jooq.Tables.LICENSE_INFORMATION;
import static io.custodian.persistence.jooq.Tables.SUPPORT_BUNDLE;
import static io.custodian.persistence.jooq.Tables.SUPPORT_TICKET;
import static io.custodian.persistence.jooq.Tables.SYNC_RELATION;
import static io.custodian.persistence.jooq.Tables.TWIN_TRACE;
import static io.custodian.persistence.jooq.Tables.USAGE_EVENT;

/**
 * Which table holds which item kind: every kind of the data map except {@link ItemKind#INSTALLATION_RECORD} (the
 * {@code tenant} table, behind the {@code TenantStore}). {@code PersistenceDataMap} registers the same names with the
 * domain's data map, and {@code DataMapCatalogTest} checks the two agree.
 */
final class ItemTables {

    /**
     * The id of a tenant's license information item: one per tenant, replaced on refresh; its row in
     * {@code license_information} has no id column.
     */
    static final ItemId LICENSE_ITEM_ID = ItemId.LICENSE;

    private static final Map<ItemKind, ItemTable> TABLES = tables();

    /** Kinds ordered so that every kind comes before its parent kind: the order to delete a tenant's items in. */
    private static final List<ItemKind> CHILDREN_FIRST = Arrays.stream(ItemKind.values())
            .filter(TABLES::containsKey)
            .sorted(Comparator.comparingInt(ItemTables::depth).reversed().thenComparing(Enum::ordinal))
            .toList();

    private ItemTables() {
    }

    /** The table of {@code kind}; refuses the installation record, which is not an item table. */
    static ItemTable of(ItemKind kind) {
        ItemTable table = TABLES.get(kind);
        if (table == null) {
            throw new IllegalArgumentException(kind + " is not stored as an item: the installation record lives in the"
                    + " tenant table (TenantStore) and its data key in tenant_data_key (SecretCipher)");
        }
        return table;
    }

    /** Every item table, in {@link ItemKind} order. */
    static List<ItemTable> all() {
        return List.copyOf(TABLES.values());
    }

    /** Item kinds with a table, children before parents. */
    static List<ItemKind> childrenFirst() {
        return CHILDREN_FIRST;
    }

    /** Tables of the kinds whose parent kind is {@code parent}. */
    static List<ItemTable> childTablesOf(ItemKind parent) {
        return TABLES.values().stream()
                .filter(table -> DataMap.standard().entry(table.kind()).parent().equals(Optional.of(parent)))
                .toList();
    }

    private static int depth(ItemKind kind) {
        return DataMap.standard().entry(kind).parent().map(parent -> 1 + depth(parent)).orElse(0);
    }

    private static Map<ItemKind, ItemTable> tables() {
        Map<ItemKind, ItemTable> tables = new EnumMap<>(ItemKind.class);
        tables.put(ItemKind.LICENSE_INFORMATION, new ItemTable(ItemKind.LICENSE_INFORMATION, LICENSE_INFORMATION,
                LICENSE_INFORMATION.CLIENT_KEY, Optional.empty(), Optional.empty(), LICENSE_INFORMATION.REPORTED_AT,
                Optional.empty(), LICENSE_INFORMATION.CONTENT));
        tables.put(ItemKind.SYNC_RELATION, new ItemTable(ItemKind.SYNC_RELATION, SYNC_RELATION,
                SYNC_RELATION.CLIENT_KEY, Optional.of(SYNC_RELATION.ITEM_ID), Optional.empty(),
                SYNC_RELATION.LAST_WRITTEN_AT, Optional.empty(), SYNC_RELATION.CONTENT));
        tables.put(ItemKind.TWIN_TRACE, new ItemTable(ItemKind.TWIN_TRACE, TWIN_TRACE,
                TWIN_TRACE.CLIENT_KEY, Optional.of(TWIN_TRACE.ITEM_ID), Optional.of(TWIN_TRACE.PARENT_ID),
                TWIN_TRACE.LAST_WRITTEN_AT, Optional.empty(), TWIN_TRACE.CONTENT));
        tables.put(ItemKind.FIELD_TRACE, new ItemTable(ItemKind.FIELD_TRACE, FIELD_TRACE,
                FIELD_TRACE.CLIENT_KEY, Optional.of(FIELD_TRACE.ITEM_ID), Optional.of(FIELD_TRACE.PARENT_ID),
                FIELD_TRACE.LAST_WRITTEN_AT, Optional.empty(), FIELD_TRACE.CONTENT));
        tables.put(ItemKind.ISSUE_VERSION_COPY, new ItemTable(ItemKind.ISSUE_VERSION_COPY, ISSUE_VERSION_COPY,
                ISSUE_VERSION_COPY.CLIENT_KEY, Optional.of(ISSUE_VERSION_COPY.ITEM_ID),
                Optional.of(ISSUE_VERSION_COPY.PARENT_ID), ISSUE_VERSION_COPY.LAST_WRITTEN_AT, Optional.empty(),
                ISSUE_VERSION_COPY.CONTENT));
        tables.put(ItemKind.CONFIGURATION_DOCUMENT, new ItemTable(ItemKind.CONFIGURATION_DOCUMENT,
                CONFIGURATION_DOCUMENT, CONFIGURATION_DOCUMENT.CLIENT_KEY, Optional.of(CONFIGURATION_DOCUMENT.ITEM_ID),
                Optional.empty(), CONFIGURATION_DOCUMENT.LAST_WRITTEN_AT, Optional.empty(),
                CONFIGURATION_DOCUMENT.CONTENT));
        tables.put(ItemKind.USAGE_EVENT, new ItemTable(ItemKind.USAGE_EVENT, USAGE_EVENT,
                USAGE_EVENT.CLIENT_KEY, Optional.of(USAGE_EVENT.ITEM_ID), Optional.empty(),
                USAGE_EVENT.LAST_WRITTEN_AT, Optional.empty(), USAGE_EVENT.CONTENT));
        tables.put(ItemKind.SUPPORT_TICKET, new ItemTable(ItemKind.SUPPORT_TICKET, SUPPORT_TICKET,
                SUPPORT_TICKET.CLIENT_KEY, Optional.of(SUPPORT_TICKET.ITEM_ID), Optional.empty(),
                SUPPORT_TICKET.LAST_WRITTEN_AT, Optional.of(SUPPORT_TICKET.RESOLVED_AT), SUPPORT_TICKET.CONTENT));
        tables.put(ItemKind.SUPPORT_BUNDLE, new ItemTable(ItemKind.SUPPORT_BUNDLE, SUPPORT_BUNDLE,
                SUPPORT_BUNDLE.CLIENT_KEY, Optional.of(SUPPORT_BUNDLE.ITEM_ID), Optional.of(SUPPORT_BUNDLE.PARENT_ID),
                SUPPORT_BUNDLE.LAST_WRITTEN_AT, Optional.empty(), SUPPORT_BUNDLE.CONTENT));
        for (ItemKind kind : ItemKind.values()) {
            if (kind != ItemKind.INSTALLATION_RECORD && !tables.containsKey(kind)) {
                throw new IllegalStateException("item kind " + kind + " has no table");
            }
            ItemTable table = tables.get(kind);
            if (table != null && DataMap.standard().entry(kind).parent().isPresent() != table.parentId().isPresent()) {
                throw new IllegalStateException("the table of " + kind + " disagrees with the data map about its parent");
            }
        }
        return Collections.unmodifiableMap(tables);
    }
}
