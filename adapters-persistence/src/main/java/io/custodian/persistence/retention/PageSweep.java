package io.custodian.persistence.retention;

import io.custodian.domain.datamap.ItemKind;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static io.custodian.persistence.jooq.Tables.PURGE_PROGRESS_COUNT;
import static io.custodian.persistence.jooq.Tables.PURGE_SWEEP;
import static io.custodian.persistence.jooq.Tables.PURGE_SWEEP_TALLY;

/**
 * Mass purges in physical page order (table {@code purge_sweep}): when the tenants whose purges begin together hold
 * more rows of an item table than the table has pages, deleting them tenant by tenant through the index would visit
 * about one page per row (rows written over time by every tenant are interleaved on the pages); reading the table
 * once in page order and deleting their rows from each range of pages visits every page once.
 *
 * <p>{@link #sweep} runs in the transaction that begins the purges ({@link PurgeLedger#beginAll}): it counts the
 * purged tenants' rows of the table only up to the threshold (the minimum rows, or the table's pages if more) and, if
 * they reach it, records a sweep from page 0 to the table's current end (the purged tenants' rows cannot lie past it:
 * the write gate refuses their writes) and the table's current file; the ledger then records the tenants' counts of
 * the kind {@code SWEEPING}, at 0. {@link #next} deletes one chunk of pages of one sweep in the caller's transaction,
 * the sweep's row locked with {@code SKIP LOCKED} (other threads and processes take other tables), and records in
 * the same transaction how many rows of each tenant it deleted (a tally, table {@code purge_sweep_tally}) and the
 * sweep's next page, so an interrupted sweep resumes where its last committed chunk ended and every deleted row is
 * counted exactly once. The chunk that reaches the end adds the tallies to the counts. If the table is still in the
 * file the sweep began in, no row of its tenants can have been missed (their rows neither move nor grow, and all lie
 * below the end page): their kinds are {@code DONE}. If the table was rewritten meanwhile (VACUUM FULL, CLUSTER),
 * rows may have moved to pages already read: what is left of the tenants is counted and the kinds go back to
 * {@code PENDING}, so the index path deletes the rest and proves each tenant empty.
 */
public final class PageSweep implements PurgeLedger.SweepPlanner {

    private static final System.Logger LOG = System.getLogger(PageSweep.class.getName());

    /** Most rows one 8 KiB heap page holds (PostgreSQL's {@code MaxHeapTuplesPerPage}). */
    static final int MAX_ROWS_PER_PAGE = 291;
    /** Fewest rows of one table that a sweep is planned for by default: below, the index path is cheap anyway. */
    public static final long DEFAULT_MIN_ROWS = 10_000;
    /** Rows' worth of pages one chunk reads by default (about 25 ms of deleting on a small server). */
    public static final int DEFAULT_CHUNK_ROWS = 25_000;
    /** Most rows' worth of pages one chunk may read. */
    public static final int MAX_CHUNK_ROWS = 1_000_000;

    private static final Field<Object> CTID = DSL.field(DSL.name("ctid"), SQLDataType.OTHER);

    private final DSLContext dsl;
    private final int chunkRows;
    private final long minRows;

    /**
     * @param chunkRows rows' worth of pages one chunk reads (1..{@value #MAX_CHUNK_ROWS})
     * @param minRows   fewest rows the purged tenants must hold in a table for it to be swept (and at least as many
     *                  as the table has pages)
     */
    public PageSweep(DSLContext dsl, int chunkRows, long minRows) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        if (chunkRows < 1 || chunkRows > MAX_CHUNK_ROWS) {
            throw new IllegalArgumentException("page sweep chunk rows must be between 1 and " + MAX_CHUNK_ROWS
                    + ", was " + chunkRows);
        }
        if (minRows < 1) {
            throw new IllegalArgumentException("the fewest rows for a page sweep must be positive, was " + minRows);
        }
        this.chunkRows = chunkRows;
        this.minRows = minRows;
    }

    /** One chunk of a sweep: the kind, the rows it deleted, and whether it ended the sweep (and how). */
    public record Chunk(ItemKind kind, int deleted, boolean ended, boolean verified) {
    }

    /**
     * Plans a sweep of {@code kind}'s table if the purges beginning in this transaction ({@code tenants}) hold at least
     * as many rows of it as the table has pages, and at least the minimum, unless the table is being swept already
     * (their counts then stay {@code PENDING}). Counts their rows only up to that threshold. Returns whether the sweep
     * was recorded: the ledger then records their counts of the kind {@code SWEEPING}.
     */
    @Override
    public boolean sweep(ItemKind kind, List<String> tenants, Instant startedAt) {
        if (tenants.isEmpty()) {
            return false;
        }
        ItemTable table = ItemTables.of(kind);
        long pages = pages(table);
        long threshold = Math.max(minRows, pages);
        int held = dsl.fetchCount(dsl.selectOne()
                .from(table.table())
                .where(table.clientKey().eq(DSL.any(tenants.toArray(String[]::new))))
                .limit(threshold));
        if (held < threshold) {
            return false;
        }
        // else the table is being swept for earlier purges: these go through the index
        return dsl.insertInto(PURGE_SWEEP)
                .set(PURGE_SWEEP.ITEM_KIND, kind.name())
                .set(PURGE_SWEEP.NEXT_PAGE, 0L)
                .set(PURGE_SWEEP.END_PAGE, pages)
                .set(PURGE_SWEEP.DELETED, 0L)
                .set(PURGE_SWEEP.STARTED_AT, startedAt.atOffset(ZoneOffset.UTC))
                .set(PURGE_SWEEP.RELFILENODE, fileOf(table))
                .onConflictDoNothing()
                .execute() == 1;
    }

    /**
     * Deletes the next chunk of one sweep no other transaction holds: about the chunk rows' worth of pages (sized
     * from the table's rows per page), with the tally of what it deleted per tenant. Empty when there is no sweep
     * left that this transaction could lock.
     */
    public Optional<Chunk> next() {
        var sweep = dsl.selectFrom(PURGE_SWEEP)
                .orderBy(PURGE_SWEEP.ITEM_KIND)
                .limit(1)
                .forUpdate()
                .skipLocked()
                .fetchOptional();
        if (sweep.isEmpty()) {
            return Optional.empty();
        }
        // a chunk lost in a crash is simply not done (its rows are still there, the position not advanced): no need
        // to wait for its commit record to reach the disk. A chunk reads its range of pages, never an index: for a
        // table with few rows per tenant the planner would otherwise walk every purged tenant's index entries in
        // every chunk
        dsl.execute("select set_config('synchronous_commit', 'off', true), set_config('enable_indexscan', 'off', true),"
                + " set_config('enable_bitmapscan', 'off', true), set_config('enable_indexonlyscan', 'off', true)");
        ItemKind kind = ItemKind.valueOf(sweep.get().getItemKind());
        ItemTable table = ItemTables.of(kind);
        long from = sweep.get().getNextPage();
        long end = sweep.get().getEndPage();
        long to = Math.min(end, from + Math.max(1, (long) (chunkRows / estimateRowsPerPage(table))));
        long deleted = from < to ? deleteAndTally(table, from, to) : 0;
        long total = sweep.get().getDeleted() + deleted;
        if (to < end) {
            dsl.update(PURGE_SWEEP)
                    .set(PURGE_SWEEP.NEXT_PAGE, to)
                    .set(PURGE_SWEEP.DELETED, total)
                    .where(PURGE_SWEEP.ITEM_KIND.eq(kind.name()))
                    .execute();
            return Optional.of(new Chunk(kind, (int) deleted, false, false));
        }
        // the end: the tallies are added to the counts of the sweep's tenants
        var tally = PURGE_SWEEP_TALLY.as("s");
        var perTenant = DSL.select(DSL.field(DSL.name("u", "client_key"), String.class).as("client_key"),
                        DSL.sum(DSL.field(DSL.name("u", "n"), Long.class)).as("n"))
                .from(tally, DSL.table("unnest({0}, {1})", tally.CLIENT_KEYS, tally.COUNTS).as("u", "client_key", "n"))
                .where(tally.ITEM_KIND.eq(kind.name()))
                .groupBy(DSL.field(DSL.name("u", "client_key")))
                .asTable("t");
        addToSweepingCounts(kind, perTenant);
        boolean verified = fileOf(table) == sweep.get().getRelfilenode();
        if (!verified) {
            // rewritten since the sweep began: rows may have moved to pages already read. What is left is counted
            // (nothing is written for these tenants, so the count stays exact) and left to the index path
            LOG.log(System.Logger.Level.WARNING, "Table {0} was rewritten during its page sweep; the index path"
                    + " deletes what is left of the sweep''s tenants", table.name());
            var left = DSL.select(table.clientKey().as("client_key"), DSL.count().cast(Long.class).as("n"))
                    .from(table.table())
                    .where(table.clientKey().in(sweepingTenants(kind)))
                    .groupBy(table.clientKey())
                    .asTable("t");
            addToSweepingCounts(kind, left);
        }
        dsl.update(PURGE_PROGRESS_COUNT)
                .set(PURGE_PROGRESS_COUNT.STATE, verified ? PurgeLedger.DONE : PurgeLedger.PENDING)
                .where(PURGE_PROGRESS_COUNT.ITEM_KIND.eq(kind.name()))
                .and(PURGE_PROGRESS_COUNT.STATE.eq(PurgeLedger.SWEEPING))
                .execute();
        // and its tallies with it (cascade)
        dsl.deleteFrom(PURGE_SWEEP).where(PURGE_SWEEP.ITEM_KIND.eq(kind.name())).execute();
        return Optional.of(new Chunk(kind, (int) deleted, true, verified));
    }

    /** The tenants whose counts of {@code kind} wait for its sweep. */
    private static org.jooq.Select<Record1<String>> sweepingTenants(ItemKind kind) {
        return DSL.select(PURGE_PROGRESS_COUNT.CLIENT_KEY)
                .from(PURGE_PROGRESS_COUNT)
                .where(PURGE_PROGRESS_COUNT.ITEM_KIND.eq(kind.name()))
                .and(PURGE_PROGRESS_COUNT.STATE.eq(PurgeLedger.SWEEPING));
    }

    /**
     * Deletes the sweep's tenants' rows on pages {@code from} (inclusive) to {@code to} (exclusive) and records how
     * many of each tenant, in one statement; returns how many rows it deleted.
     */
    private long deleteAndTally(ItemTable table, long from, long to) {
        // the sweep's tenants by a subquery, which PostgreSQL turns into one hash table per statement
        var deleted = dsl.deleteFrom(table.table())
                .where(DSL.condition("{0} >= {1}::tid and {0} < {2}::tid", CTID,
                        DSL.inline("(" + from + ",0)"), DSL.inline("(" + to + ",0)")))
                .and(table.clientKey().in(sweepingTenants(table.kind())))
                .returningResult(table.clientKey());
        var tally = DSL.name("deleted_by_tenant");
        var clientKey = DSL.field(DSL.name("client_key"), String.class);
        var n = DSL.field(DSL.name("n"), Long.class);
        var deletedRows = DSL.name("deleted_rows").fields("client_key").as(deleted);
        var byTenant = tally.fields("client_key", "n")
                .as(DSL.select(clientKey, DSL.count().cast(Long.class)).from(deletedRows).groupBy(clientKey));
        return dsl.with(deletedRows, byTenant)
                .insertInto(PURGE_SWEEP_TALLY, PURGE_SWEEP_TALLY.ITEM_KIND, PURGE_SWEEP_TALLY.FIRST_PAGE,
                        PURGE_SWEEP_TALLY.CLIENT_KEYS, PURGE_SWEEP_TALLY.COUNTS)
                .select(DSL.select(DSL.val(table.kind().name()), DSL.val(from),
                                DSL.arrayAgg(clientKey).orderBy(clientKey),
                                DSL.arrayAgg(n).orderBy(clientKey))
                        .from(tally)
                        .having(DSL.count().gt(0)))
                .returningResult(DSL.field("(select sum(c) from unnest({0}) as c)", Long.class,
                        PURGE_SWEEP_TALLY.COUNTS))
                .fetchOptional(Record1::value1)
                .orElse(0L);
    }

    /** Adds {@code perTenant} (columns {@code client_key}, {@code n}) to the {@code SWEEPING} counts of {@code kind}. */
    private void addToSweepingCounts(ItemKind kind, org.jooq.Table<?> perTenant) {
        Field<String> tenant = perTenant.field("client_key", String.class);
        Field<Long> n = perTenant.field("n", Long.class);
        dsl.update(PURGE_PROGRESS_COUNT)
                .set(PURGE_PROGRESS_COUNT.ITEM_COUNT, PURGE_PROGRESS_COUNT.ITEM_COUNT.plus(n))
                .from(perTenant)
                .where(PURGE_PROGRESS_COUNT.ITEM_KIND.eq(kind.name()))
                .and(PURGE_PROGRESS_COUNT.STATE.eq(PurgeLedger.SWEEPING))
                .and(PURGE_PROGRESS_COUNT.CLIENT_KEY.eq(tenant))
                .execute();
    }

    /**
     * Waits until no other transaction holds a chunk of any sweep (row locks, no polling) and returns whether any
     * sweep was in progress: a worker with nothing else to do waits here for the purges the sweeps hold back instead
     * of ending its sweep.
     */
    public boolean awaitChunks() {
        // in one order, so that two workers waiting at once cannot deadlock each other
        return !dsl.select(PURGE_SWEEP.ITEM_KIND).from(PURGE_SWEEP).orderBy(PURGE_SWEEP.ITEM_KIND).forUpdate().fetch()
                .isEmpty();
    }

    /** The kinds whose tables are being swept. */
    public List<ItemKind> inProgress() {
        return dsl.select(PURGE_SWEEP.ITEM_KIND).from(PURGE_SWEEP).orderBy(PURGE_SWEEP.ITEM_KIND)
                .fetch(row -> ItemKind.valueOf(row.value1()));
    }

    /** The file the table's rows are in now: a rewrite of the table gives it a new one. */
    private long fileOf(ItemTable table) {
        return dsl.fetchSingle(DSL.resultQuery("select pg_relation_filenode(cast({0} as regclass))::bigint",
                DSL.inline(table.name()))).get(0, Long.class);
    }

    private long pages(ItemTable table) {
        return dsl.fetchSingle(DSL.resultQuery(
                        "select pg_relation_size(cast({0} as regclass)) / current_setting('block_size')::bigint",
                        DSL.inline(table.name())))
                .get(0, Long.class);
    }

    /** Rows per page as the planner statistics estimate them; the most a page holds when never analysed. */
    private double estimateRowsPerPage(ItemTable table) {
        var row = dsl.fetchSingle(DSL.resultQuery(
                "select c.reltuples::float8, c.relpages::bigint from pg_class c where c.oid = cast({0} as regclass)",
                DSL.inline(table.name())));
        double tuples = row.get(0, Double.class);
        long pages = row.get(1, Long.class);
        return tuples > 0 && pages > 0 ? Math.min(MAX_ROWS_PER_PAGE, Math.max(1.0, tuples / pages)) : MAX_ROWS_PER_PAGE;
    }
}
