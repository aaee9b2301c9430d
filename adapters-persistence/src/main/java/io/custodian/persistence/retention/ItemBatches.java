package io.custodian.persistence.retention;

import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.retention.ItemRef;
import io.custodian.domain.tenant.ClientKey;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record2;
import org.jooq.Row2;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Batch primitives over the item tables, for a retention engine that deletes a tenant's data in bounded steps
 * (several processes may run it at once). Each call joins the caller's transaction, if any (the shared
 * {@link DSLContext} binds it to the thread).
 *
 * <ul>
 *   <li>{@link #countByKind} — how many items of each kind a tenant has (the installation record excluded);</li>
 *   <li>{@link #deleteBatch} — deletes at most {@code limit} items of one kind of one tenant, skipping rows another
 *       transaction has locked, so concurrent sweepers never wait for each other nor delete the same row;</li>
 *   <li>{@link #deleteRefs} — deletes exactly the named items, one statement per kind and chunk.</li>
 * </ul>
 *
 * Deleting children before their parents ({@link #deletionOrder()}) is the caller's job: parent ids carry no
 * foreign key, so a sweep that deleted parents first and then stopped would leave children nobody can reach through
 * their parent. The installation record ({@code tenant}) and its data key are not items here: they go through
 * {@code TenantStore.delete} and {@code SecretCipher.destroyKey}, after every item (the item tables reference
 * {@code tenant}, so the database refuses to delete an installation that still has items).
 */
public final class ItemBatches {

    /** Largest batch {@link #deleteBatch} accepts. */
    public static final int MAX_BATCH = 10_000;
    /** Items named per statement by {@link #deleteRefs}. */
    static final int REFS_PER_STATEMENT = 500;

    private static final Field<Object> CTID = DSL.field(DSL.name("ctid"), SQLDataType.OTHER);

    private final DSLContext dsl;

    public ItemBatches(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    /** The item kinds stored in tables, every kind before its parent kind: the order to delete a tenant's items in. */
    public static List<ItemKind> deletionOrder() {
        return ItemTables.childrenFirst();
    }

    /**
     * How many items of each kind {@code tenant} has, in one statement. Kinds without items are left out (like
     * {@code Deletion.countsByKind}); the installation record is not counted (add it when reporting a purge).
     */
    public Map<ItemKind, Long> countByKind(ClientKey tenant) {
        Objects.requireNonNull(tenant, "tenant");
        Select<Record2<String, Long>> counts = ItemTables.all().stream()
                .map(table -> (Select<Record2<String, Long>>) DSL
                        .select(DSL.inline(table.kind().name(), SQLDataType.CLOB),
                                DSL.count().coerce(SQLDataType.BIGINT)) // count(*) is a bigint
                        .from(table.table())
                        .where(table.clientKey().eq(tenant.value())))
                .reduce(Select::unionAll)
                .orElseThrow();
        Map<ItemKind, Long> byKind = new EnumMap<>(ItemKind.class);
        dsl.fetch(counts).forEach(row -> {
            if (row.value2() > 0) {
                byKind.put(ItemKind.valueOf(row.value1()), row.value2());
            }
        });
        return Collections.unmodifiableMap(byKind);
    }

    /**
     * Deletes at most {@code limit} items of {@code kind} belonging to {@code tenant} and returns how many it
     * deleted (0 when none are left, or all that are left are locked by other transactions). The rows are chosen
     * and locked by {@code SELECT ctid … LIMIT n FOR UPDATE SKIP LOCKED}, then deleted by
     * {@code ctid = ANY(ARRAY(…))}: two transactions deleting batches of the same tenant at once take disjoint rows
     * and neither waits for the other. Does not touch children of the deleted items.
     *
     * @throws IllegalArgumentException for the installation record, or a limit outside 1..{@value #MAX_BATCH}
     */
    public int deleteBatch(ClientKey tenant, ItemKind kind, int limit) {
        return deleteBatchQuery(tenant, kind, limit).execute();
    }

    /** The statement {@link #deleteBatch} executes. */
    Query deleteBatchQuery(ClientKey tenant, ItemKind kind, int limit) {
        Objects.requireNonNull(tenant, "tenant");
        ItemTable table = ItemTables.of(Objects.requireNonNull(kind, "kind"));
        if (limit < 1 || limit > MAX_BATCH) {
            throw new IllegalArgumentException("batch limit must be between 1 and " + MAX_BATCH + ", was " + limit);
        }
        var victims = DSL.select(CTID)
                .from(table.table())
                .where(table.clientKey().eq(tenant.value()))
                .limit(limit)
                .forUpdate()
                .skipLocked();
        // only the ctid list: a second condition on client_key makes the planner scan the tenant's rows and search
        // the array for each (quadratic); the rows are locked by the subquery, so their ctids cannot change
        return dsl.deleteFrom(table.table())
                .where(CTID.eq(DSL.any(DSL.array(victims))));
    }

    /**
     * Deletes at most {@code limit} items of {@code kind} belonging to any of {@code tenants} in one statement (same
     * {@code SKIP LOCKED} row choice as {@link #deleteBatch(ClientKey, ItemKind, int)}) and returns how many it
     * deleted per tenant; tenants with nothing deleted are left out. Lets a retention engine purge many small tenants
     * with few statements.
     */
    public Map<ClientKey, Integer> deleteBatch(Collection<ClientKey> tenants, ItemKind kind, int limit) {
        Objects.requireNonNull(tenants, "tenants");
        ItemTable table = ItemTables.of(Objects.requireNonNull(kind, "kind"));
        if (limit < 1 || limit > MAX_BATCH) {
            throw new IllegalArgumentException("batch limit must be between 1 and " + MAX_BATCH + ", was " + limit);
        }
        if (tenants.isEmpty()) {
            return Map.of();
        }
        List<String> keys = tenants.stream().map(ClientKey::value).distinct().toList();
        var victims = DSL.select(CTID)
                .from(table.table())
                .where(table.clientKey().in(keys))
                .limit(limit)
                .forUpdate()
                .skipLocked();
        Map<ClientKey, Integer> deleted = new java.util.LinkedHashMap<>();
        dsl.deleteFrom(table.table())
                // only the ctid list: a second condition on client_key makes the planner scan the group's rows and
                // search the array for each (quadratic); the rows are locked, so their ctids cannot change
                .where(CTID.eq(DSL.any(DSL.array(victims))))
                .returning(table.clientKey())
                .fetch()
                .forEach(row -> deleted.merge(new ClientKey(row.get(table.clientKey())), 1, Integer::sum));
        return Collections.unmodifiableMap(deleted);
    }

    /**
     * Deletes exactly the named items (ignoring those already gone) and returns how many rows it deleted: one
     * statement per kind and {@value #REFS_PER_STATEMENT} items, kinds children first, all in one transaction (the
     * caller's, or its own).
     *
     * @throws IllegalArgumentException if a reference names the installation record
     */
    public int deleteRefs(Collection<ItemRef> refs) {
        Objects.requireNonNull(refs, "refs");
        Map<ItemKind, Set<ItemRef>> byKind = new EnumMap<>(ItemKind.class);
        for (ItemRef ref : refs) {
            ItemTables.of(ref.kind());
            byKind.computeIfAbsent(ref.kind(), kind -> new LinkedHashSet<>()).add(ref);
        }
        if (byKind.isEmpty()) {
            return 0;
        }
        return dsl.transactionResult(() -> { // no-arg lambda: joins the thread's transaction as a savepoint
            int deleted = 0;
            for (ItemKind kind : ItemTables.childrenFirst()) {
                List<ItemRef> ofKind = new ArrayList<>(byKind.getOrDefault(kind, Set.of()));
                for (int from = 0; from < ofKind.size(); from += REFS_PER_STATEMENT) {
                    deleted += delete(dsl, ItemTables.of(kind),
                            ofKind.subList(from, Math.min(ofKind.size(), from + REFS_PER_STATEMENT)));
                }
            }
            return deleted;
        });
    }

    private static int delete(DSLContext dsl, ItemTable table, List<ItemRef> refs) {
        if (table.itemId().isEmpty()) {
            // license information: the tenant's one row is the item with the fixed id
            List<String> tenants = refs.stream()
                    .filter(ref -> ref.id().equals(ItemTables.LICENSE_ITEM_ID))
                    .map(ref -> ref.tenant().value())
                    .toList();
            return tenants.isEmpty() ? 0
                    : dsl.deleteFrom(table.table()).where(table.clientKey().in(tenants)).execute();
        }
        Field<String> itemId = table.itemId().get();
        List<Row2<String, String>> keys = refs.stream()
                .map(ref -> DSL.row(ref.tenant().value(), ref.id().value()))
                .toList();
        return dsl.deleteFrom(table.table())
                .where(DSL.row(table.clientKey(), itemId).in(keys))
                .execute();
    }
}
