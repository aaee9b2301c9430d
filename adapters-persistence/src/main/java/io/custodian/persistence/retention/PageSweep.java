package io.custodian.persistence.retention;

import io.custodian.domain.datamap.ItemKind;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static io.custodian.persistence.jooq.Tables.PURGE_PROGRESS_COUNT;
import static io.custodian.persistence.jooq.Tables.PURGE_SWEEP;

/**
 * Mass purges in physical page order (table {@code purge_sweep}): when the tenants whose purges begin together hold
 * more rows of an item table than the table has pages, deleting them tenant by tenant through the index would visit
 * about one page per row (rows written over time by every tenant are interleaved on the pages); reading the table
 * once in page order and deleting their rows from each range of pages visits every page once.
 *
 * <p>{@link #plan} runs in the transaction that begins the purges ({@link PurgeLedger#beginAll}, which counts them):
 * for each such table it records a sweep from page 0 to the table's current end (the purged tenants' rows cannot lie
 * past it: the write gate refuses their writes), and the ledger records those counts {@code SWEEPING}. {@link #next} then deletes
 * one chunk of pages of one sweep in the caller's transaction, the sweep's row locked with {@code SKIP LOCKED} (other
 * threads and processes take other tables) and its position advanced in the same transaction, so an interrupted sweep
 * resumes where its last committed chunk ended. The chunk that reaches the end compares what the sweep deleted with
 * what the counts say the tenants held: equal, their kinds are {@code DONE} (nothing else can have remained, since
 * nothing was written); otherwise (rows moved by a table rewrite, or deleted by another path meanwhile) they go back
 * to {@code PENDING}, and the index path deletes what is left and proves each tenant empty.
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
     * Plans a sweep of every table of which the purges beginning in this transaction hold (per {@code rows}) at least
     * as many rows as the table has pages, and at least the minimum, unless the table is being swept already (their
     * counts then stay {@code PENDING}): records the sweeps and returns their kinds, whose counts the ledger records
     * {@code SWEEPING}.
     */
    @Override
    public Set<ItemKind> plan(Map<ItemKind, Long> rows, Instant startedAt) {
        Set<ItemKind> planned = EnumSet.noneOf(ItemKind.class);
        rows.forEach((kind, held) -> {
            if (held < minRows) {
                return;
            }
            long pages = pages(ItemTables.of(kind));
            if (held < pages) {
                return;
            }
            int created = dsl.insertInto(PURGE_SWEEP)
                    .set(PURGE_SWEEP.ITEM_KIND, kind.name())
                    .set(PURGE_SWEEP.NEXT_PAGE, 0L)
                    .set(PURGE_SWEEP.END_PAGE, pages)
                    .set(PURGE_SWEEP.DELETED, 0L)
                    .set(PURGE_SWEEP.STARTED_AT, startedAt.atOffset(ZoneOffset.UTC))
                    .onConflictDoNothing()
                    .execute();
            if (created == 1) {
                planned.add(kind);
            }
            // else the table is being swept for earlier purges: these go through the index
        });
        return planned;
    }

    /** Rows' worth of pages one chunk reads at most: the configured chunk size. */
    public int chunkRows() {
        return chunkRows;
    }

    /** {@link #next(int)} of the configured chunk size. */
    public Optional<Chunk> next() {
        return next(chunkRows);
    }

    /**
     * Deletes the next chunk of the sweep with the most pages left that no other transaction holds: about
     * {@code rows}' worth of pages (sized from the table's rows per page; at least one page, and no more than the
     * configured chunk size). Empty when there is no sweep left that this transaction could lock.
     */
    public Optional<Chunk> next(int rows) {
        int chunk = Math.clamp(rows, 1, chunkRows);
        // the sweep with the most pages left first: workers sharing the sweeps keep them about even, so that they
        // end at about the same time instead of one worker finishing the largest table alone
        var sweep = dsl.selectFrom(PURGE_SWEEP)
                .orderBy(PURGE_SWEEP.END_PAGE.minus(PURGE_SWEEP.NEXT_PAGE).desc(), PURGE_SWEEP.ITEM_KIND)
                .limit(1)
                .forUpdate()
                .skipLocked()
                .fetchOptional();
        if (sweep.isEmpty()) {
            return Optional.empty();
        }
        ItemKind kind = ItemKind.valueOf(sweep.get().getItemKind());
        ItemTable table = ItemTables.of(kind);
        long from = sweep.get().getNextPage();
        long end = sweep.get().getEndPage();
        long to = Math.min(end, from + Math.max(1, (long) (chunk / estimateRowsPerPage(table))));
        int deleted = 0;
        if (from < to) {
            // the sweep's tenants by a subquery, which PostgreSQL turns into one hash table per statement
            var delete = dsl.deleteFrom(table.table())
                    .where(DSL.condition("{0} >= {1}::tid and {0} < {2}::tid", CTID,
                            DSL.inline("(" + from + ",0)"), DSL.inline("(" + to + ",0)")))
                    .and(table.clientKey().in(DSL.select(PURGE_PROGRESS_COUNT.CLIENT_KEY)
                            .from(PURGE_PROGRESS_COUNT)
                            .where(PURGE_PROGRESS_COUNT.ITEM_KIND.eq(kind.name()))
                            .and(PURGE_PROGRESS_COUNT.STATE.eq(PurgeLedger.SWEEPING))));
            // in one round trip with the settings it needs. A chunk lost in a crash is simply not done (its rows are
            // still there, the position not advanced): no need to wait for its commit record to reach the disk. A
            // chunk reads its range of pages, never an index: for a table with few rows per tenant the planner
            // would otherwise walk every purged tenant's index entries in every chunk
            int[] counts = dsl.batch(
                            dsl.query("set local synchronous_commit = off"),
                            dsl.query("set local enable_indexscan = off"),
                            dsl.query("set local enable_bitmapscan = off"),
                            dsl.query("set local enable_indexonlyscan = off"),
                            delete)
                    .execute();
            deleted = counts[counts.length - 1];
        }
        long total = sweep.get().getDeleted() + deleted;
        if (to < end) {
            dsl.update(PURGE_SWEEP)
                    .set(PURGE_SWEEP.NEXT_PAGE, to)
                    .set(PURGE_SWEEP.DELETED, total)
                    .where(PURGE_SWEEP.ITEM_KIND.eq(kind.name()))
                    .execute();
            return Optional.of(new Chunk(kind, deleted, false, false));
        }
        long counted = Optional.ofNullable(dsl.select(DSL.sum(PURGE_PROGRESS_COUNT.ITEM_COUNT))
                        .from(PURGE_PROGRESS_COUNT)
                        .where(PURGE_PROGRESS_COUNT.ITEM_KIND.eq(kind.name()))
                        .and(PURGE_PROGRESS_COUNT.STATE.eq(PurgeLedger.SWEEPING))
                        .fetchOne(0, java.math.BigDecimal.class))
                .map(java.math.BigDecimal::longValue)
                .orElse(0L);
        boolean verified = total == counted;
        if (!verified) {
            LOG.log(System.Logger.Level.WARNING, "The page sweep of {0} deleted {1} row(s) where the purges counted"
                    + " {2}; the index path finishes them", table.name(), String.valueOf(total), String.valueOf(counted));
        }
        dsl.update(PURGE_PROGRESS_COUNT)
                .set(PURGE_PROGRESS_COUNT.STATE, verified ? PurgeLedger.DONE : PurgeLedger.PENDING)
                .where(PURGE_PROGRESS_COUNT.ITEM_KIND.eq(kind.name()))
                .and(PURGE_PROGRESS_COUNT.STATE.eq(PurgeLedger.SWEEPING))
                .execute();
        dsl.deleteFrom(PURGE_SWEEP).where(PURGE_SWEEP.ITEM_KIND.eq(kind.name())).execute();
        return Optional.of(new Chunk(kind, deleted, true, verified));
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
