package io.custodian.persistence.retention;

import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.retention.ExpiredItems;
import io.custodian.domain.retention.Inventory;
import io.custodian.domain.retention.ItemContent;
import io.custodian.domain.retention.ItemContents;
import io.custodian.domain.retention.ItemId;
import io.custodian.domain.retention.ItemRef;
import io.custodian.domain.retention.OperationItems;
import io.custodian.domain.retention.StoredContent;
import io.custodian.domain.retention.StoredItem;
import io.custodian.domain.support.TicketStatus;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.persistence.DatabaseTime;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record5;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import static io.custodian.persistence.jooq.Tables.SUPPORT_TICKET;
import static io.custodian.persistence.jooq.Tables.TENANT;

/**
 * The retention out-ports over the item tables (migration V3, plus {@code license_information}): {@link Inventory}
 * reads every item's metadata, {@link OperationItems} writes items with their content, {@link ItemContents} reads
 * content back, {@link ExpiredItems} deletes exactly the items named. Like the domain's in-memory fake, {@link #save}
 * accepts every kind except the installation record, so problem reports, configuration and usage writers can use it
 * too; license information is the tenant's one row of {@code license_information}, with the item id
 * {@link ItemId#LICENSE}. Item ids are stored with the "C" collation, so pages come in byte order of the ids, which
 * is Java's string order for the ASCII ids app requests use.
 * <p>Joins the caller's transaction; operations of several statements run in one (the caller's, or their own).
 */
public final class JooqItems implements Inventory, OperationItems, ExpiredItems, ItemContents {

    private static final Field<String> KIND = DSL.field(DSL.name("kind"), SQLDataType.CLOB);

    private final DSLContext dsl;
    private final ItemBatches batches;

    public JooqItems(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.batches = new ItemBatches(dsl);
    }

    @Override
    public void save(StoredItem item, ItemContent content) {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(content, "content");
        ItemTable table = ItemTables.of(item.kind());
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(table.lastWrittenAt(), DatabaseTime.utc(item.lastWrittenAt()));
        values.put(table.content(), content.bytes());
        table.parentId().ifPresent(parent -> values.put(parent, item.parent().orElseThrow().value()));
        table.resolvedAt().ifPresent(resolved -> values.put(resolved, item.resolvedAt().map(DatabaseTime::utc).orElse(null)));
        if (item.kind() == ItemKind.SUPPORT_TICKET) {
            values.put(SUPPORT_TICKET.STATUS,
                    (item.resolvedAt().isPresent() ? TicketStatus.RESOLVED : TicketStatus.OPEN).name());
        }
        Map<Field<?>, Object> keys = new LinkedHashMap<>();
        keys.put(table.clientKey(), item.tenant().value());
        if (table.itemId().isPresent()) {
            keys.put(table.itemId().get(), item.id().value());
        } else if (!item.id().equals(ItemTables.LICENSE_ITEM_ID)) {
            throw new IllegalArgumentException("a tenant has one " + item.kind() + " item, with the id "
                    + ItemTables.LICENSE_ITEM_ID + ", not " + item.id());
        }
        Map<Field<?>, Object> row = new LinkedHashMap<>(keys);
        row.putAll(values);
        dsl.insertInto(table.table())
                .set(row)
                .onConflict(keys.keySet())
                .doUpdate()
                .set(values)
                .execute();
    }

    @Override
    public Optional<ItemContent> read(ItemRef ref) {
        Objects.requireNonNull(ref, "ref");
        ItemTable table = ItemTables.of(ref.kind());
        return identifies(table, ref).flatMap(condition -> dsl.select(table.content())
                .from(table.table())
                .where(condition)
                .fetchOptional(row -> new ItemContent(row.value1())));
    }

    @Override
    public List<StoredContent> page(ClientKey tenant, ItemKind kind, Optional<ItemId> after, int limit) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(after, "after");
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page limit must be between 1 and " + MAX_PAGE_SIZE + ", was " + limit);
        }
        ItemTable table = ItemTables.of(kind);
        Field<String> itemId = table.itemIdOrConstant();
        Condition afterId = table.itemId()
                .map(column -> after.map(id -> column.gt(id.value())).orElse(DSL.noCondition()))
                .orElseGet(() -> after.isPresent() && after.get().value().compareTo(ItemTables.LICENSE_ITEM_ID.value()) >= 0
                        ? DSL.falseCondition() : DSL.noCondition());
        return dsl.select(itemId, table.parentIdOrNull(), table.lastWrittenAt(), table.resolvedAtOrNull(),
                        table.content())
                .from(table.table())
                .where(table.clientKey().eq(tenant.value()))
                .and(afterId)
                .orderBy(table.itemId().orElse(table.clientKey())) // license information: one row per tenant
                .limit(limit)
                .fetch(row -> new StoredContent(new StoredItem(new ItemRef(tenant, kind, new ItemId(row.value1())),
                        Optional.ofNullable(row.value2()).map(ItemId::new), row.value3().toInstant(),
                        Optional.ofNullable(row.value4()).map(OffsetDateTime::toInstant)),
                        new ItemContent(row.value5())));
    }

    @Override
    public void delete(Collection<ItemRef> items) {
        batches.deleteRefs(items);
    }

    @Override
    public Set<ClientKey> tenantsWithItems() {
        Condition hasItems = DSL.or(ItemTables.all().stream()
                .map(table -> DSL.exists(DSL.selectOne().from(table.table())
                        .where(table.clientKey().eq(TENANT.CLIENT_KEY))))
                .toList());
        Set<ClientKey> tenants = new LinkedHashSet<>();
        dsl.select(TENANT.CLIENT_KEY)
                .from(TENANT)
                .where(hasItems)
                .orderBy(TENANT.CLIENT_KEY)
                .forEach(row -> tenants.add(new ClientKey(row.value1())));
        return tenants;
    }

    @Override
    public List<StoredItem> itemsOf(ClientKey tenant) {
        Objects.requireNonNull(tenant, "tenant");
        return fetch(tenant, ItemTables.all(), table -> DSL.noCondition());
    }

    /** {@code SELECT … FOR NO KEY UPDATE} of the item's row: concurrent writers of the same item wait. */
    @Override
    public boolean lockForWriting(ItemRef ref) {
        Objects.requireNonNull(ref, "ref");
        ItemTable table = ItemTables.of(ref.kind());
        return identifies(table, ref)
                .map(condition -> dsl.selectOne().from(table.table()).where(condition).forNoKeyUpdate()
                        .fetchOptional().isPresent())
                .orElse(false);
    }

    @Override
    public Optional<StoredItem> find(ItemRef ref) {
        Objects.requireNonNull(ref, "ref");
        ItemTable table = ItemTables.of(ref.kind());
        return identifies(table, ref)
                .flatMap(condition -> fetch(ref.tenant(), List.of(table), t -> condition).stream().findFirst());
    }

    @Override
    public List<StoredItem> childrenOf(ItemRef parent) {
        Objects.requireNonNull(parent, "parent");
        List<ItemTable> childTables = ItemTables.childTablesOf(parent.kind());
        if (childTables.isEmpty()) {
            return List.of();
        }
        return fetch(parent.tenant(), childTables, table -> table.parentId().orElseThrow().eq(parent.id().value()));
    }

    @Override
    public List<StoredItem> itemsOfKind(ClientKey tenant, ItemKind kind, Optional<ItemId> parent) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(parent, "parent");
        ItemTable table = ItemTables.of(kind);
        if (table.parentId().isPresent() != parent.isPresent()) {
            return List.of(); // a child always has a parent, an item without parent kind never has one
        }
        return fetch(tenant, List.of(table), t -> t.parentId()
                .map(column -> column.eq(parent.get().value()))
                .orElse(DSL.noCondition()));
    }

    /** The condition selecting the item {@code ref} names, or empty if no row can hold it. */
    private static Optional<Condition> identifies(ItemTable table, ItemRef ref) {
        Condition tenant = table.clientKey().eq(ref.tenant().value());
        if (table.itemId().isPresent()) {
            return Optional.of(tenant.and(table.itemId().get().eq(ref.id().value())));
        }
        return ref.id().equals(ItemTables.LICENSE_ITEM_ID) ? Optional.of(tenant) : Optional.empty();
    }

    /** The items of {@code tenant} in {@code tables} that also meet each table's condition, in one statement. */
    private List<StoredItem> fetch(ClientKey tenant, List<ItemTable> tables,
                                   Function<ItemTable, Condition> condition) {
        Select<Record5<String, String, String, OffsetDateTime, OffsetDateTime>> items = tables.stream()
                .map(table -> (Select<Record5<String, String, String, OffsetDateTime, OffsetDateTime>>) DSL
                        .select(DSL.inline(table.kind().name(), SQLDataType.CLOB).as(KIND),
                                table.itemIdOrConstant(), table.parentIdOrNull(), table.lastWrittenAt(),
                                table.resolvedAtOrNull())
                        .from(table.table())
                        .where(table.clientKey().eq(tenant.value()))
                        .and(condition.apply(table)))
                .reduce(Select::unionAll)
                .orElseThrow();
        return dsl.fetch(items).map(row -> new StoredItem(
                new ItemRef(tenant, ItemKind.valueOf(row.value1()), new ItemId(row.value2())),
                Optional.ofNullable(row.value3()).map(ItemId::new),
                row.value4().toInstant(),
                Optional.ofNullable(row.value5()).map(OffsetDateTime::toInstant)));
    }
}
