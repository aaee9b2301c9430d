package io.custodian.persistence.retention;

import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.retention.ItemRef;
import io.custodian.domain.tenant.ClientKey;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Row2;
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
 *   <li>{@link #deleteEach} — deletes at most {@code limit} items of one kind of each of several tenants, one
 *       statement per tenant in one round trip, and reports exact per-tenant counts;</li>
 *   <li>{@link #deleteRefs} — deletes exactly the named items, one statement per kind and chunk.</li>
 * </ul>
 *
 * Deleting children before their parents ({@link #deletionOrder()}) is the caller's job: parent ids carry no
 * foreign key, so a sweep that deleted parents first and then stopped would leave children nobody can reach through
 * their parent. The installation record ({@code tenant}) and its data key are not items here: they go through
 * {@code TenantStore.delete} and {@code SecretCipher.destroyKey}, after every item. A mass purge deletes in page
 * order instead ({@link PageSweep}).
 */
public final class ItemBatches {

    /** Largest per-tenant limit {@link #deleteEach} accepts. */
    public static final int MAX_BATCH = 100_000;
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
     * Deletes, for each of {@code tenants}, at most {@code perTenantLimit} items of {@code kind}, one statement per
     * tenant sent together in one JDBC batch (one round trip), and returns how many each statement deleted: exact
     * per-tenant counts without returning the rows. A tenant whose count is below the limit has no item of
     * {@code kind} left (unless some were written meanwhile: the write gate refuses that once its purge began). The rows are chosen by
     * {@code SELECT ctid … WHERE client_key = ? LIMIT n} without row locks: the caller coordinates through the purge
     * ledger, whose row for the tenant it holds ({@link PurgeLedger#lockGroup}), so no other sweeper works on the
     * tenant at the same time. Tenants appear in the result in the given order, zero counts included.
     *
     * @throws IllegalArgumentException for the installation record, or a limit outside 1..{@value #MAX_BATCH}
     */
    public Map<ClientKey, Integer> deleteEach(List<ClientKey> tenants, ItemKind kind, int perTenantLimit) {
        Objects.requireNonNull(tenants, "tenants");
        ItemTable table = ItemTables.of(Objects.requireNonNull(kind, "kind"));
        if (perTenantLimit < 1 || perTenantLimit > MAX_BATCH) {
            throw new IllegalArgumentException("batch limit must be between 1 and " + MAX_BATCH + ", was "
                    + perTenantLimit);
        }
        List<ClientKey> distinct = tenants.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return Map.of();
        }
        var victims = DSL.select(CTID)
                .from(table.table())
                .where(table.clientKey().eq((String) null))
                .limit(DSL.inline(perTenantLimit));
        var batch = dsl.batch(dsl.deleteFrom(table.table()).where(CTID.eq(DSL.any(DSL.array(victims)))));
        for (ClientKey tenant : distinct) {
            batch = batch.bind(tenant.value());
        }
        int[] counts = batch.execute();
        if (counts.length != distinct.size()) {
            throw new IllegalStateException("the batch returned " + counts.length + " counts for "
                    + distinct.size() + " statements");
        }
        Map<ClientKey, Integer> deleted = new java.util.LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < 0) {
                throw new IllegalStateException("the driver did not report how many rows a delete removed");
            }
            deleted.put(distinct.get(i), counts[i]);
        }
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
