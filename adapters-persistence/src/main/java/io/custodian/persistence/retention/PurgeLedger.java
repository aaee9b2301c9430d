package io.custodian.persistence.retention;

import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.persistence.tenant.JooqTenantStore;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static io.custodian.persistence.jooq.Tables.PURGE_PROGRESS;
import static io.custodian.persistence.jooq.Tables.PURGE_PROGRESS_COUNT;
import static io.custodian.persistence.jooq.Tables.TENANT;

/**
 * Purges in progress and what each holds (tables {@code purge_progress}, {@code purge_progress_count}). Every method
 * joins the caller's transaction. {@link #lockGroup} takes the purges' row locks with {@code SKIP LOCKED}, so
 * exactly one transaction at a time, across processes, works on a tenant's purge.
 *
 * <p>A purge is counted when it begins ({@link #beginAll}): per item kind, how many items the tenant holds. The
 * database's write gate (trigger {@code item_write_gate}) refuses every item write for a tenant whose purge has
 * begun, and {@link #beginAll} locks the tenant rows before counting (waiting for writes under way), so the counts
 * stay exact until the purge completes: they are what the receipt reports. Each count has a state: {@code PENDING}
 * (to delete through the index, {@link ItemBatches#deleteEach}), {@code SWEEPING} (deleted by the page sweep of its
 * table, {@link PageSweep}) or {@code DONE} (nothing of the kind left).
 */
public final class PurgeLedger {

    /** The advisory lock that orders purge beginnings against deletions of expired items (see {@link #holdBegins}). */
    static final long BEGIN_LOCK = 0x637573745f626567L;

    static final String PENDING = "PENDING";
    static final String SWEEPING = "SWEEPING";
    static final String DONE = "DONE";

    private final DSLContext dsl;

    public PurgeLedger(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    /** Decides which item tables a beginning sweeps in page order ({@link PageSweep}), from what the tenants hold. */
    @FunctionalInterface
    public interface SweepPlanner {
        /** No table is swept: every count is {@code PENDING}. */
        SweepPlanner NONE = (rows, startedAt) -> Set.of();

        /** Given the rows per kind the newly begun purges hold, the kinds whose tables are swept (sweeps recorded). */
        Set<ItemKind> plan(Map<ItemKind, Long> rows, Instant startedAt);
    }

    /** {@link #beginAll(Collection, Instant, SweepPlanner)} without page sweeps. */
    public List<ClientKey> beginAll(Collection<ClientKey> tenants, Instant startedAt) {
        return beginAll(tenants, startedAt, SweepPlanner.NONE);
    }

    /**
     * Records that the purges of {@code tenants} have started and counts, for each newly started one, its items per
     * kind: {@code SWEEPING} for the kinds {@code planner} sweeps, {@code PENDING} for the others. Returns the newly
     * started tenants.
     *
     * <p>Only a tenant whose installation record is still marked for deletion with its deadline at or before
     * {@code startedAt}, and whose purge has not begun, begins: its record is locked first ({@code FOR UPDATE}, in key
     * order), which waits for a transaction changing it and then checks it again. So a purge that another process
     * completed since the caller found the tenant due (record deleted) does not begin again, nor does the purge of a
     * tenant that re-subscribed meanwhile. The lock also waits for item writes under way, so they are counted, and
     * the write gate refuses every later one. Holds the begin lock exclusively (one beginning at a time, none while an
     * expired item is being deleted).
     */
    public List<ClientKey> beginAll(Collection<ClientKey> tenants, Instant startedAt, SweepPlanner planner) {
        List<String> all = tenants.stream().map(ClientKey::value).distinct().toList();
        if (all.isEmpty()) {
            return List.of();
        }
        dsl.execute("select pg_advisory_xact_lock({0})", DSL.inline(BEGIN_LOCK));
        // the keys as one array, however many (one bind value each would hit the protocol's limit of 32,767); purges
        // under way are left out (their records are not locked: their completion deletes them)
        List<String> due = dsl.select(TENANT.CLIENT_KEY)
                .from(TENANT)
                .where(TENANT.CLIENT_KEY.eq(DSL.any(all.toArray(String[]::new))))
                .and(JooqTenantStore.purgeDueBy(startedAt))
                .andNotExists(DSL.selectOne().from(PURGE_PROGRESS)
                        .where(PURGE_PROGRESS.CLIENT_KEY.eq(TENANT.CLIENT_KEY)))
                .orderBy(TENANT.CLIENT_KEY)
                .forUpdate()
                .of(TENANT)
                .fetch(Record1::value1);
        if (due.isEmpty()) {
            return List.of();
        }
        // none of them has begun: begins are serialised by the begin lock, and those under way were left out
        String[] keys = due.toArray(String[]::new);
        Field<String> key = DSL.field(DSL.name("k", "client_key"), String.class);
        dsl.insertInto(PURGE_PROGRESS, PURGE_PROGRESS.CLIENT_KEY, PURGE_PROGRESS.STARTED_AT)
                .select(DSL.select(key, DSL.val(startedAt.atOffset(ZoneOffset.UTC)))
                        .from(DSL.table("unnest({0}::text[])", DSL.val(keys)).as("k", "client_key")))
                .execute();
        Map<ItemKind, Map<String, Long>> counts = new EnumMap<>(ItemKind.class);
        for (ItemTable table : ItemTables.all()) {
            Map<String, Long> ofKind = new LinkedHashMap<>();
            dsl.select(table.clientKey(), DSL.count())
                    .from(table.table())
                    .where(table.clientKey().eq(DSL.any(keys)))
                    .groupBy(table.clientKey())
                    .forEach(row -> ofKind.put(row.value1(), row.value2().longValue()));
            if (!ofKind.isEmpty()) {
                counts.put(table.kind(), ofKind);
            }
        }
        Map<ItemKind, Long> rows = new EnumMap<>(ItemKind.class);
        counts.forEach((kind, ofKind) -> rows.put(kind, ofKind.values().stream().mapToLong(Long::longValue).sum()));
        var swept = planner.plan(rows, startedAt);
        // one statement whatever the number of counts: four arrays, unnested
        List<String> tenantColumn = new ArrayList<>();
        List<String> kindColumn = new ArrayList<>();
        List<Long> countColumn = new ArrayList<>();
        List<String> stateColumn = new ArrayList<>();
        counts.forEach((kind, ofKind) -> ofKind.forEach((tenant, count) -> {
            tenantColumn.add(tenant);
            kindColumn.add(kind.name());
            countColumn.add(count);
            stateColumn.add(swept.contains(kind) ? SWEEPING : PENDING);
        }));
        if (!tenantColumn.isEmpty()) {
            dsl.insertInto(PURGE_PROGRESS_COUNT, PURGE_PROGRESS_COUNT.CLIENT_KEY, PURGE_PROGRESS_COUNT.ITEM_KIND,
                            PURGE_PROGRESS_COUNT.ITEM_COUNT, PURGE_PROGRESS_COUNT.STATE)
                    .select(DSL.select(DSL.field(DSL.name("c", "client_key"), String.class),
                                    DSL.field(DSL.name("c", "item_kind"), String.class),
                                    DSL.field(DSL.name("c", "item_count"), Long.class),
                                    DSL.field(DSL.name("c", "state"), String.class))
                            .from(DSL.table("unnest({0}::text[], {1}::text[], {2}::bigint[], {3}::text[]) "
                                            + "as c(client_key, item_kind, item_count, state)",
                                    DSL.val(tenantColumn.toArray(String[]::new)),
                                    DSL.val(kindColumn.toArray(String[]::new)),
                                    DSL.val(countColumn.toArray(Long[]::new)),
                                    DSL.val(stateColumn.toArray(String[]::new)))))
                    .execute();
        }
        return due.stream().map(ClientKey::new).toList();
    }

    /**
     * Holds the begin lock shared until the transaction ends: no purge begins meanwhile, so a transaction that found
     * a tenant not being purged ({@link #isInProgress}) can delete its expired items without changing a purge's
     * counts.
     */
    public void holdBegins() {
        dsl.execute("select pg_advisory_xact_lock_shared({0})", DSL.inline(BEGIN_LOCK));
    }

    /** Whether {@code tenant}'s purge has begun and not finished. */
    public boolean isInProgress(ClientKey tenant) {
        return dsl.fetchExists(PURGE_PROGRESS, PURGE_PROGRESS.CLIENT_KEY.eq(tenant.value()));
    }

    /**
     * Locks up to {@code max} purges in progress that no other transaction holds and that wait for no page sweep,
     * oldest first, and returns their tenants: the group this transaction works on.
     */
    public List<ClientKey> lockGroup(int max) {
        return dsl.select(PURGE_PROGRESS.CLIENT_KEY)
                .from(PURGE_PROGRESS)
                .whereNotExists(DSL.selectOne().from(PURGE_PROGRESS_COUNT)
                        .where(PURGE_PROGRESS_COUNT.CLIENT_KEY.eq(PURGE_PROGRESS.CLIENT_KEY))
                        .and(PURGE_PROGRESS_COUNT.STATE.eq(SWEEPING)))
                .orderBy(PURGE_PROGRESS.STARTED_AT, PURGE_PROGRESS.CLIENT_KEY)
                .limit(max)
                .forUpdate()
                .of(PURGE_PROGRESS)
                .skipLocked()
                .fetch(row -> new ClientKey(row.value1()));
    }

    /**
     * What the purges of a group hold, read once: the kinds still to delete through the index ({@code PENDING}), each
     * with the tenants and the items they held of it (kinds in {@link ItemKind} order, tenants in the group's order),
     * and every count per tenant (what the receipts report).
     */
    public record GroupCounts(Map<ItemKind, Map<ClientKey, Long>> pending, Map<ClientKey, Map<ItemKind, Long>> all) {
    }

    /** The counts of the purges of {@code tenants}, in one query. */
    public GroupCounts groupCounts(List<ClientKey> tenants) {
        Map<ClientKey, Integer> order = new HashMap<>();
        tenants.forEach(tenant -> order.putIfAbsent(tenant, order.size()));
        Map<ItemKind, Map<ClientKey, Long>> pending = new EnumMap<>(ItemKind.class);
        Map<ClientKey, Map<ItemKind, Long>> all = new LinkedHashMap<>();
        tenants.forEach(tenant -> all.putIfAbsent(tenant, new EnumMap<>(ItemKind.class)));
        dsl.select(PURGE_PROGRESS_COUNT.CLIENT_KEY, PURGE_PROGRESS_COUNT.ITEM_KIND, PURGE_PROGRESS_COUNT.ITEM_COUNT,
                        PURGE_PROGRESS_COUNT.STATE)
                .from(PURGE_PROGRESS_COUNT)
                .where(PURGE_PROGRESS_COUNT.CLIENT_KEY.in(order.keySet().stream().map(ClientKey::value).toList()))
                .fetch()
                .stream()
                .sorted(Comparator.comparing(row -> order.get(new ClientKey(row.value1()))))
                .forEach(row -> {
                    var tenant = new ClientKey(row.value1());
                    var kind = ItemKind.valueOf(row.value2());
                    all.get(tenant).put(kind, row.value3());
                    if (PENDING.equals(row.value4())) {
                        pending.computeIfAbsent(kind, ofKind -> new LinkedHashMap<>()).put(tenant, row.value3());
                    }
                });
        return new GroupCounts(pending, all);
    }

    /**
     * The kinds {@code tenants} still have to delete through the index ({@code PENDING}), each with the tenants and
     * the items they held of it; kinds in {@link ItemKind} order, tenants in the given order.
     */
    public Map<ItemKind, Map<ClientKey, Long>> pending(List<ClientKey> tenants) {
        return groupCounts(tenants).pending();
    }

    /** Records that {@code tenants} have nothing of {@code kind} left. */
    public void done(ItemKind kind, Collection<ClientKey> tenants) {
        if (tenants.isEmpty()) {
            return;
        }
        dsl.update(PURGE_PROGRESS_COUNT)
                .set(PURGE_PROGRESS_COUNT.STATE, DONE)
                .where(PURGE_PROGRESS_COUNT.ITEM_KIND.eq(kind.name()))
                .and(PURGE_PROGRESS_COUNT.CLIENT_KEY.in(tenants.stream().map(ClientKey::value).toList()))
                .execute();
    }

    /** What the purges of {@code tenants} delete, per tenant and kind, as counted when they began (kinds they held). */
    public Map<ClientKey, Map<ItemKind, Long>> counts(Collection<ClientKey> tenants) {
        return groupCounts(List.copyOf(tenants)).all();
    }

    /** Removes the records of the purges of {@code tenants} (and their counts), in one statement. */
    public void finishAll(Collection<ClientKey> tenants) {
        if (tenants.isEmpty()) {
            return;
        }
        dsl.deleteFrom(PURGE_PROGRESS)
                .where(PURGE_PROGRESS.CLIENT_KEY.in(tenants.stream().map(ClientKey::value).toList()))
                .execute();
    }

    /** Tenants whose purge started and has not finished, oldest first. */
    public List<ClientKey> inProgress() {
        return dsl.select(PURGE_PROGRESS.CLIENT_KEY)
                .from(PURGE_PROGRESS)
                .orderBy(PURGE_PROGRESS.STARTED_AT, PURGE_PROGRESS.CLIENT_KEY)
                .fetch(row -> new ClientKey(row.value1()));
    }
}
