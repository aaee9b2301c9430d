package io.custodian.persistence.retention;

import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.tenant.ClientKey;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static io.custodian.persistence.jooq.Tables.PURGE_PROGRESS;
import static io.custodian.persistence.jooq.Tables.PURGE_PROGRESS_COUNT;

/**
 * Purges in progress and what they deleted so far (tables {@code purge_progress}, {@code purge_progress_count}).
 * Every method joins the caller's transaction. {@link #lockGroup} takes the purges' row locks with
 * {@code SKIP LOCKED}, so exactly one transaction at a time, across processes, works on a tenant's purge.
 */
public final class PurgeLedger {

    /** Rows {@link #beginAll} inserts per statement. */
    static final int ROWS_PER_INSERT = 1_000;

    private final DSLContext dsl;

    public PurgeLedger(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    /**
     * Records that the purges of {@code tenants} have started (those already started are kept), {@value #ROWS_PER_INSERT}
     * per statement (past 32,767 bind values jOOQ would inline every value into one huge statement).
     */
    public void beginAll(Collection<ClientKey> tenants, Instant startedAt) {
        List<ClientKey> all = List.copyOf(tenants);
        for (int from = 0; from < all.size(); from += ROWS_PER_INSERT) {
            var insert = dsl.insertInto(PURGE_PROGRESS, PURGE_PROGRESS.CLIENT_KEY, PURGE_PROGRESS.STARTED_AT);
            for (ClientKey tenant : all.subList(from, Math.min(all.size(), from + ROWS_PER_INSERT))) {
                insert = insert.values(tenant.value(), startedAt.atOffset(ZoneOffset.UTC));
            }
            insert.onConflictDoNothing().execute();
        }
    }

    /**
     * Locks up to {@code max} purges in progress that no other transaction holds, oldest first, and returns their
     * tenants: the group this transaction works on.
     */
    public List<ClientKey> lockGroup(int max) {
        return dsl.select(PURGE_PROGRESS.CLIENT_KEY)
                .from(PURGE_PROGRESS)
                .orderBy(PURGE_PROGRESS.STARTED_AT, PURGE_PROGRESS.CLIENT_KEY)
                .limit(max)
                .forUpdate()
                .skipLocked()
                .fetch(row -> new ClientKey(row.value1()));
    }

    /** What the purges of {@code tenants} deleted so far, per tenant and kind (tenants without counts map to empty). */
    public Map<ClientKey, Map<ItemKind, Long>> counts(Collection<ClientKey> tenants) {
        Map<ClientKey, Map<ItemKind, Long>> counts = new java.util.LinkedHashMap<>();
        tenants.forEach(tenant -> counts.put(tenant, new EnumMap<>(ItemKind.class)));
        dsl.select(PURGE_PROGRESS_COUNT.CLIENT_KEY, PURGE_PROGRESS_COUNT.ITEM_KIND, PURGE_PROGRESS_COUNT.DELETED)
                .from(PURGE_PROGRESS_COUNT)
                .where(PURGE_PROGRESS_COUNT.CLIENT_KEY.in(tenants.stream().map(ClientKey::value).toList()))
                .forEach(row -> counts.get(new ClientKey(row.value1())).put(ItemKind.valueOf(row.value2()), row.value3()));
        return counts;
    }

    /** Adds, per tenant, the items of {@code kind} a batch deleted, in one statement. */
    public void addAll(ItemKind kind, Map<ClientKey, Integer> deleted) {
        if (deleted.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(PURGE_PROGRESS_COUNT, PURGE_PROGRESS_COUNT.CLIENT_KEY,
                PURGE_PROGRESS_COUNT.ITEM_KIND, PURGE_PROGRESS_COUNT.DELETED);
        for (var entry : deleted.entrySet()) {
            if (entry.getValue() < 0) {
                throw new IllegalArgumentException("deleted count cannot be negative");
            }
            insert = insert.values(entry.getKey().value(), kind.name(), entry.getValue().longValue());
        }
        insert.onConflict(PURGE_PROGRESS_COUNT.CLIENT_KEY, PURGE_PROGRESS_COUNT.ITEM_KIND).doUpdate()
                .set(PURGE_PROGRESS_COUNT.DELETED, PURGE_PROGRESS_COUNT.DELETED.plus(
                        DSL.excluded(PURGE_PROGRESS_COUNT.DELETED)))
                .execute();
    }

    /** Removes the records of the purges of {@code tenants}, in one statement. */
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
