package io.custodian.persistence.retention;

import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.retention.ItemContent;
import io.custodian.domain.testing.ItemCounts;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.persistence.JooqTransactions;
import io.custodian.persistence.testing.DatabaseTest;
import io.custodian.persistence.testing.HeldRowLock;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static io.custodian.domain.datamap.ItemKind.SYNC_RELATION;
import static io.custodian.domain.datamap.ItemKind.USAGE_EVENT;
import static io.custodian.domain.retention.Items.item;
import static io.custodian.persistence.jooq.Tables.PURGE_PROGRESS_COUNT;
import static io.custodian.persistence.jooq.Tables.PURGE_SWEEP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageSweepTest extends DatabaseTest {

    private static final Instant T0 = Instant.parse("2026-09-01T00:00:00Z");
    private static final ClientKey ACME = new ClientKey("acme");
    private static final ClientKey GLOBEX = new ClientKey("globex");
    private static final ClientKey INITECH = new ClientKey("initech");
    /** Usage events (and sync relations, where seeded) per tenant: a few dozen pages of the table. */
    private static final int ROWS = 1_000;

    private PurgeLedger ledger;
    private JooqTransactions transactions;
    private JooqItems items;

    @BeforeEach
    void empty() {
        emptyTables();
        installTenants("acme", "globex", "initech");
        ledger = new PurgeLedger(dsl());
        transactions = new JooqTransactions(dsl());
        items = new JooqItems(dsl());
    }

    /**
     * {@code rows} items of the table's kind per tenant, the tenants interleaved on the pages (one row of each in
     * turn), then analysed so that the table's rows per page are known.
     */
    private static void seed(String table, int rows, String... tenants) {
        var values = String.join(", ", java.util.Arrays.stream(tenants).map(t -> "('" + t + "')").toList());
        dsl().execute("insert into " + table + " (client_key, item_id, last_written_at, content) "
                + "select t.client_key, 'item-' || g, timestamptz '2026-08-01 00:00:00+00', '\\x7b7d'::bytea "
                + "from generate_series(1, " + rows + ") g cross join (values " + values + ") t(client_key) "
                + "order by g, t.client_key");
        dsl().execute("analyze " + table);
    }

    private static long rowsOf(String table, String... tenants) {
        return dsl().fetchCount(DSL.table(DSL.name(table)),
                DSL.field(DSL.name("client_key"), String.class).in(tenants));
    }

    private static long pagesOf(String table) {
        return dsl().fetchSingle("select pg_relation_size(cast({0} as regclass)) / current_setting('block_size')::bigint",
                DSL.inline(table)).get(0, Long.class);
    }

    /** The state of each of {@code tenant}'s counts, by kind. */
    private static Map<ItemKind, String> statesOf(ClientKey tenant) {
        Map<ItemKind, String> states = new TreeMap<>();
        dsl().select(PURGE_PROGRESS_COUNT.ITEM_KIND, PURGE_PROGRESS_COUNT.STATE)
                .from(PURGE_PROGRESS_COUNT)
                .where(PURGE_PROGRESS_COUNT.CLIENT_KEY.eq(tenant.value()))
                .forEach(row -> states.put(ItemKind.valueOf(row.value1()), row.value2()));
        return states;
    }

    private static long nextPage(ItemKind kind) {
        return dsl().select(PURGE_SWEEP.NEXT_PAGE).from(PURGE_SWEEP).where(PURGE_SWEEP.ITEM_KIND.eq(kind.name()))
                .fetchSingle().value1();
    }

    private static long endPage(ItemKind kind) {
        return dsl().select(PURGE_SWEEP.END_PAGE).from(PURGE_SWEEP).where(PURGE_SWEEP.ITEM_KIND.eq(kind.name()))
                .fetchSingle().value1();
    }

    /** Rows of {@code tenants} in {@code table} lying on pages before {@code page}. */
    private static long rowsBeforePage(String table, long page, String... tenants) {
        return dsl().fetchSingle("select count(*) from " + table + " where (ctid::text::point)[0] < {0} and "
                        + "client_key = any({1}::text[])", DSL.inline(page), DSL.val(tenants))
                .get(0, Long.class);
    }

    /**
     * Marks {@code tenants} for deletion, due at {@code startedAt}, and begins their purges with {@code sweep}
     * planning, returning the kinds it planned.
     */
    private Set<ItemKind> begin(List<ClientKey> tenants, Instant startedAt, PageSweep sweep) {
        markForDeletion(startedAt, tenants.stream().map(ClientKey::value).toList());
        Set<ItemKind> planned = EnumSet.noneOf(ItemKind.class);
        transactions.run(() -> ledger.beginAll(tenants, startedAt, (rows, at) -> {
            var kinds = sweep.plan(rows, at);
            planned.addAll(kinds);
            return kinds;
        }));
        return planned;
    }

    private Optional<PageSweep.Chunk> next(PageSweep sweep) {
        return transactions.inTransaction(sweep::next);
    }

    /** Runs chunks until none is left, returning them. */
    private List<PageSweep.Chunk> sweepAll(PageSweep sweep) {
        List<PageSweep.Chunk> chunks = new ArrayList<>();
        for (var chunk = next(sweep); chunk.isPresent(); chunk = next(sweep)) {
            chunks.add(chunk.get());
            assertThat(chunks).as("the sweep ends").hasSizeLessThan(10_000);
        }
        return chunks;
    }

    // 1. plan ----------------------------------------------------------------------------------------------------

    @Test
    void a_sweep_is_planned_for_the_tenants_begun_together_and_a_later_beginning_goes_through_the_index() {
        seed("usage_event", ROWS, "acme", "globex", "initech");
        items.save(item("acme", SYNC_RELATION, "rel-1", T0), new ItemContent(new byte[]{1}));
        long pages = pagesOf("usage_event");
        assertThat(pages).as("the data spans several pages, far fewer than rows").isBetween(5L, (long) ROWS);
        var sweep = new PageSweep(dsl(), 500, 1_500);

        var planned = begin(List.of(ACME, GLOBEX), T0, sweep);

        assertThat(planned).as("2,000 rows together, each tenant alone below the minimum").containsExactly(USAGE_EVENT);
        assertThat(statesOf(ACME)).isEqualTo(Map.of(USAGE_EVENT, PurgeLedger.SWEEPING, SYNC_RELATION,
                PurgeLedger.PENDING));
        assertThat(statesOf(GLOBEX)).isEqualTo(Map.of(USAGE_EVENT, PurgeLedger.SWEEPING));
        assertThat(sweep.inProgress()).containsExactly(USAGE_EVENT);
        assertThat(nextPage(USAGE_EVENT)).isZero();
        assertThat(endPage(USAGE_EVENT)).isEqualTo(pages);
        assertThat(transactions.inTransaction(() -> ledger.lockGroup(10))).as("swept purges wait for the sweep")
                .isEmpty();

        var plannedLater = begin(List.of(INITECH), T0.plusSeconds(1), new PageSweep(dsl(), 500, 1));

        assertThat(plannedLater).as("the table is being swept already").isEmpty();
        assertThat(statesOf(INITECH)).isEqualTo(Map.of(USAGE_EVENT, PurgeLedger.PENDING));
        assertThat(transactions.inTransaction(() -> ledger.lockGroup(10))).containsExactly(INITECH);
        assertThat(endPage(USAGE_EVENT)).as("the running sweep is not replanned").isEqualTo(pages);

        var chunks = sweepAll(sweep);
        assertThat(chunks.getLast().verified()).isTrue();
        assertThat(rowsOf("usage_event", "acme", "globex")).isZero();
        assertThat(rowsOf("usage_event", "initech")).as("counted PENDING: not the sweep's").isEqualTo(ROWS);
        assertThat(statesOf(INITECH)).isEqualTo(Map.of(USAGE_EVENT, PurgeLedger.PENDING));
    }

    @Test
    void no_sweep_is_planned_below_the_minimum_rows() {
        seed("usage_event", ROWS, "acme", "globex", "initech");

        assertThat(begin(List.of(ACME), T0, new PageSweep(dsl(), 500, ROWS + 1))).isEmpty();
        assertThat(begin(List.of(GLOBEX), T0, new PageSweep(dsl(), 500, ROWS))).as("exactly the minimum")
                .containsExactly(USAGE_EVENT);

        assertThat(statesOf(ACME)).isEqualTo(Map.of(USAGE_EVENT, PurgeLedger.PENDING));
        assertThat(statesOf(GLOBEX)).isEqualTo(Map.of(USAGE_EVENT, PurgeLedger.SWEEPING));
        assertThat(new PageSweep(dsl(), 500, 1).inProgress()).containsExactly(USAGE_EVENT);
    }

    @Test
    void no_sweep_is_planned_for_fewer_rows_than_the_table_has_pages() {
        installTenants("hooli");
        seed("usage_event", ROWS, "acme", "globex", "initech", "hooli");
        long pages = pagesOf("usage_event");
        // keep exactly `pages` rows of globex and one fewer of hooli (deleting does not shrink the table: the last
        // page holds rows of the others)
        dsl().execute("delete from usage_event where client_key = 'globex' and item_id not in "
                + "(select item_id from usage_event where client_key = 'globex' order by item_id limit " + pages + ")");
        dsl().execute("delete from usage_event where client_key = 'hooli' and item_id not in "
                + "(select item_id from usage_event where client_key = 'hooli' order by item_id limit "
                + (pages - 1) + ")");
        assertThat(pagesOf("usage_event")).isEqualTo(pages);

        assertThat(begin(List.of(new ClientKey("hooli")), T0, new PageSweep(dsl(), 500, 1))).isEmpty();
        assertThat(statesOf(new ClientKey("hooli"))).isEqualTo(Map.of(USAGE_EVENT, PurgeLedger.PENDING));
        assertThat(begin(List.of(GLOBEX), T0, new PageSweep(dsl(), 500, 1))).as("as many rows as pages")
                .containsExactly(USAGE_EVENT);
        assertThat(statesOf(GLOBEX)).isEqualTo(Map.of(USAGE_EVENT, PurgeLedger.SWEEPING));
    }

    // 2. next ----------------------------------------------------------------------------------------------------

    @Test
    void a_sweep_deletes_exactly_the_purged_rows_chunk_by_chunk_in_page_order_and_marks_their_counts_done() {
        seed("usage_event", ROWS, "acme", "globex", "initech");
        items.save(item("acme", SYNC_RELATION, "rel-1", T0), new ItemContent(new byte[]{1}));
        items.save(item("initech", SYNC_RELATION, "rel-1", T0), new ItemContent(new byte[]{1}));
        int chunkRows = 300;
        var sweep = new PageSweep(dsl(), chunkRows, 1_000);
        assertThat(begin(List.of(ACME, GLOBEX), T0, sweep)).containsExactly(USAGE_EVENT);
        long end = endPage(USAGE_EVENT);
        var stats = dsl().fetchSingle("select reltuples::float8, relpages::bigint from pg_class "
                + "where oid = 'usage_event'::regclass");
        long pagesPerChunk = Math.max(1, (long) (chunkRows / (stats.get(0, Double.class) / stats.get(1, Long.class))));
        long expectedChunks = (end + pagesPerChunk - 1) / pagesPerChunk;
        assertThat(expectedChunks).as("small chunks: several of them").isGreaterThanOrEqualTo(3);

        List<PageSweep.Chunk> chunks = new ArrayList<>();
        long position = 0;
        while (true) {
            var chunk = next(sweep);
            assertThat(chunk).isPresent();
            chunks.add(chunk.get());
            assertThat(chunk.get().kind()).isEqualTo(USAGE_EVENT);
            assertThat(chunk.get().deleted()).isPositive();
            if (chunk.get().ended()) {
                break;
            }
            assertThat(chunk.get().verified()).isFalse();
            long advanced = nextPage(USAGE_EVENT);
            assertThat(advanced).as("advanced by one chunk of pages").isEqualTo(Math.min(end, position + pagesPerChunk));
            position = advanced;
            assertThat(rowsBeforePage("usage_event", position, "acme", "globex")).as("nothing left behind").isZero();
            assertThat(rowsOf("usage_event", "acme", "globex")).as("nothing deleted ahead")
                    .isEqualTo(2L * ROWS - chunks.stream().mapToInt(PageSweep.Chunk::deleted).sum());
            assertThat(rowsOf("usage_event", "initech")).isEqualTo(ROWS);
            assertThat(sweep.inProgress()).containsExactly(USAGE_EVENT);
            assertThat(transactions.inTransaction(sweep::awaitChunks)).isTrue();
            assertThat(statesOf(GLOBEX)).isEqualTo(Map.of(USAGE_EVENT, PurgeLedger.SWEEPING));
        }

        assertThat(chunks).hasSize((int) expectedChunks);
        assertThat(chunks.getLast().verified()).isTrue();
        assertThat(chunks.stream().mapToInt(PageSweep.Chunk::deleted).sum()).isEqualTo(2 * ROWS);
        assertThat(rowsOf("usage_event", "acme", "globex")).isZero();
        assertThat(rowsOf("usage_event", "initech")).as("on the same pages, not purged").isEqualTo(ROWS);
        assertThat(ItemCounts.byKind(items, ACME)).as("the kind not swept is left to the index path")
                .isEqualTo(Map.of(SYNC_RELATION, 1L));
        assertThat(ItemCounts.byKind(items, INITECH)).isEqualTo(Map.of(USAGE_EVENT, (long) ROWS, SYNC_RELATION, 1L));
        assertThat(statesOf(ACME)).isEqualTo(Map.of(USAGE_EVENT, PurgeLedger.DONE, SYNC_RELATION, PurgeLedger.PENDING));
        assertThat(statesOf(GLOBEX)).isEqualTo(Map.of(USAGE_EVENT, PurgeLedger.DONE));
        assertThat(next(sweep)).isEmpty();
        assertThat(transactions.inTransaction(sweep::awaitChunks)).isFalse();
        assertThat(sweep.inProgress()).isEmpty();
        assertThat(transactions.inTransaction(() -> ledger.counts(List.of(ACME, GLOBEX)))).as("the receipts")
                .isEqualTo(Map.of(ACME, Map.of(USAGE_EVENT, (long) ROWS, SYNC_RELATION, 1L),
                        GLOBEX, Map.of(USAGE_EVENT, (long) ROWS)));
        assertThat(transactions.inTransaction(() -> ledger.pending(List.of(ACME, GLOBEX))))
                .isEqualTo(Map.of(SYNC_RELATION, Map.of(ACME, 1L)));
        assertThat(transactions.inTransaction(() -> ledger.lockGroup(10))).containsExactly(ACME, GLOBEX);
    }

    @Test
    void a_chunk_asked_for_fewer_rows_reads_fewer_pages_and_never_more_than_the_configured_size() {
        seed("usage_event", ROWS, "acme", "globex", "initech");
        var sweep = new PageSweep(dsl(), 600, 1_000);
        assertThat(sweep.chunkRows()).isEqualTo(600);
        assertThat(begin(List.of(ACME, GLOBEX), T0, sweep)).containsExactly(USAGE_EVENT);
        var stats = dsl().fetchSingle("select reltuples::float8, relpages::bigint from pg_class "
                + "where oid = 'usage_event'::regclass");
        double rowsPerPage = stats.get(0, Double.class) / stats.get(1, Long.class);
        long full = Math.max(1, (long) (600 / rowsPerPage));
        long half = Math.max(1, (long) (300 / rowsPerPage));
        assertThat(half).as("the table holds enough rows per page to tell them apart").isLessThan(full);

        assertThat(transactions.inTransaction(() -> sweep.next(300))).isPresent();
        assertThat(nextPage(USAGE_EVENT)).as("half the rows").isEqualTo(half);
        assertThat(transactions.inTransaction(() -> sweep.next(1_000_000))).isPresent();
        assertThat(nextPage(USAGE_EVENT)).as("capped at the configured size").isEqualTo(half + full);
        assertThat(transactions.inTransaction(() -> sweep.next(0))).isPresent();
        assertThat(nextPage(USAGE_EVENT)).as("at least one page").isEqualTo(half + full + 1);

        var rest = sweepAll(sweep);
        assertThat(rest.getLast().verified()).as("the sweep still ends verified").isTrue();
        assertThat(rowsOf("usage_event", "acme", "globex")).isZero();
        assertThat(rowsOf("usage_event", "initech")).isEqualTo(ROWS);
    }

    @Test
    void a_table_can_be_swept_again_once_its_sweep_ended() {
        seed("usage_event", ROWS, "acme", "globex", "initech");
        var sweep = new PageSweep(dsl(), 2_000, 1);
        assertThat(begin(List.of(ACME), T0, sweep)).containsExactly(USAGE_EVENT);
        assertThat(sweepAll(sweep).getLast().verified()).isTrue();

        assertThat(begin(List.of(GLOBEX), T0.plusSeconds(1), sweep)).containsExactly(USAGE_EVENT);
        var chunks = sweepAll(sweep);

        assertThat(chunks.getLast().ended()).isTrue();
        assertThat(chunks.getLast().verified()).isTrue();
        assertThat(chunks.stream().mapToInt(PageSweep.Chunk::deleted).sum()).isEqualTo(ROWS);
        assertThat(statesOf(ACME)).isEqualTo(Map.of(USAGE_EVENT, PurgeLedger.DONE));
        assertThat(statesOf(GLOBEX)).isEqualTo(Map.of(USAGE_EVENT, PurgeLedger.DONE));
        assertThat(rowsOf("usage_event", "initech")).isEqualTo(ROWS);
        assertThat(rowsOf("usage_event", "acme", "globex")).isZero();
    }

    @Test
    void each_chunk_is_taken_from_the_sweep_with_the_most_pages_left() {
        seed("usage_event", ROWS, "acme", "globex", "initech");
        seed("sync_relation", ROWS / 2, "acme", "globex", "initech");
        var sweep = new PageSweep(dsl(), 300, 500);
        assertThat(begin(List.of(ACME, GLOBEX), T0, sweep)).containsExactlyInAnyOrder(SYNC_RELATION, USAGE_EVENT);
        assertThat(endPage(USAGE_EVENT)).as("the larger table").isGreaterThan(endPage(SYNC_RELATION));

        Set<ItemKind> taken = EnumSet.noneOf(ItemKind.class);
        for (int i = 0; i < 10_000; i++) {
            long usageLeft = sweep.inProgress().contains(USAGE_EVENT) ? endPage(USAGE_EVENT) - nextPage(USAGE_EVENT) : -1;
            long relationsLeft = sweep.inProgress().contains(SYNC_RELATION)
                    ? endPage(SYNC_RELATION) - nextPage(SYNC_RELATION) : -1;
            var chunk = next(sweep);
            if (chunk.isEmpty()) {
                break;
            }
            taken.add(chunk.get().kind());
            long left = chunk.get().kind() == USAGE_EVENT ? usageLeft : relationsLeft;
            assertThat(left).as("chunk %d: %s had the most pages left", i, chunk.get().kind())
                    .isEqualTo(Math.max(usageLeft, relationsLeft));
        }

        assertThat(taken).containsExactlyInAnyOrder(SYNC_RELATION, USAGE_EVENT);
        assertThat(sweep.inProgress()).isEmpty();
        assertThat(rowsOf("usage_event", "acme", "globex")).isZero();
        assertThat(rowsOf("sync_relation", "acme", "globex")).isZero();
        assertThat(statesOf(ACME)).isEqualTo(Map.of(SYNC_RELATION, PurgeLedger.DONE, USAGE_EVENT, PurgeLedger.DONE));
    }

    // 3. rollback ------------------------------------------------------------------------------------------------

    @Test
    void a_chunk_rolled_back_changes_nothing_and_the_sweep_completes_later_with_the_same_result() {
        seed("usage_event", ROWS, "acme", "globex", "initech");
        var sweep = new PageSweep(dsl(), 300, 1_000);
        assertThat(begin(List.of(ACME, GLOBEX), T0, sweep)).containsExactly(USAGE_EVENT);
        var first = next(sweep).orElseThrow();
        assertThat(first.ended()).isFalse();
        long position = nextPage(USAGE_EVENT);
        long left = rowsOf("usage_event", "acme", "globex");
        assertThat(left).isEqualTo(2L * ROWS - first.deleted());

        List<PageSweep.Chunk> lost = new ArrayList<>();
        assertThatThrownBy(() -> transactions.run(() -> {
            lost.add(sweep.next().orElseThrow());
            throw new IllegalStateException("process dies mid-chunk");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(lost).singleElement().satisfies(chunk -> assertThat(chunk.deleted()).isPositive());
        assertThat(nextPage(USAGE_EVENT)).as("position unchanged").isEqualTo(position);
        assertThat(rowsOf("usage_event", "acme", "globex")).as("rows unchanged").isEqualTo(left);
        assertThat(statesOf(ACME)).isEqualTo(Map.of(USAGE_EVENT, PurgeLedger.SWEEPING));

        var again = next(sweep).orElseThrow();
        assertThat(again.deleted()).as("the same chunk again").isEqualTo(lost.getFirst().deleted());
        var rest = sweepAll(sweep);
        var last = rest.isEmpty() ? again : rest.getLast();

        assertThat(last.ended()).isTrue();
        assertThat(last.verified()).isTrue();
        assertThat(first.deleted() + again.deleted() + rest.stream().mapToInt(PageSweep.Chunk::deleted).sum())
                .isEqualTo(2 * ROWS);
        assertThat(rowsOf("usage_event", "acme", "globex")).isZero();
        assertThat(rowsOf("usage_event", "initech")).isEqualTo(ROWS);
        assertThat(statesOf(ACME)).isEqualTo(Map.of(USAGE_EVENT, PurgeLedger.DONE));
        assertThat(statesOf(GLOBEX)).isEqualTo(Map.of(USAGE_EVENT, PurgeLedger.DONE));
    }

    @Test
    void the_last_chunk_rolled_back_leaves_the_sweep_to_end_again() {
        seed("usage_event", ROWS, "acme", "globex", "initech");
        var sweep = new PageSweep(dsl(), PageSweep.MAX_CHUNK_ROWS, 1_000);
        assertThat(begin(List.of(ACME, GLOBEX), T0, sweep)).containsExactly(USAGE_EVENT);

        assertThatThrownBy(() -> transactions.run(() -> {
            assertThat(sweep.next().orElseThrow().ended()).as("one chunk reads the whole table").isTrue();
            throw new IllegalStateException("process dies mid-chunk");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(sweep.inProgress()).containsExactly(USAGE_EVENT);
        assertThat(statesOf(ACME)).isEqualTo(Map.of(USAGE_EVENT, PurgeLedger.SWEEPING));
        assertThat(rowsOf("usage_event", "acme", "globex")).isEqualTo(2L * ROWS);
        var chunk = next(sweep).orElseThrow();
        assertThat(chunk).isEqualTo(new PageSweep.Chunk(USAGE_EVENT, 2 * ROWS, true, true));
        assertThat(statesOf(ACME)).isEqualTo(Map.of(USAGE_EVENT, PurgeLedger.DONE));
        assertThat(sweep.inProgress()).isEmpty();
    }

    // 4. mismatch ------------------------------------------------------------------------------------------------

    @Test
    void a_sweep_deleting_fewer_rows_than_counted_ends_unverified_and_leaves_the_counts_to_the_index_path() {
        seed("usage_event", ROWS, "acme", "globex", "initech");
        var sweep = new PageSweep(dsl(), 300, 1_000);
        assertThat(begin(List.of(ACME, GLOBEX), T0, sweep)).containsExactly(USAGE_EVENT);
        // deleted by another path meanwhile (the write gate refuses inserts and updates, not deletes)
        assertThat(dsl().execute("delete from usage_event where client_key = 'acme' and item_id = 'item-7'"))
                .isEqualTo(1);

        var chunks = sweepAll(sweep);

        assertThat(chunks).hasSizeGreaterThan(1);
        assertThat(chunks.getLast().ended()).isTrue();
        assertThat(chunks.getLast().verified()).isFalse();
        assertThat(chunks.stream().mapToInt(PageSweep.Chunk::deleted).sum()).isEqualTo(2 * ROWS - 1);
        assertThat(statesOf(ACME)).isEqualTo(Map.of(USAGE_EVENT, PurgeLedger.PENDING));
        assertThat(statesOf(GLOBEX)).isEqualTo(Map.of(USAGE_EVENT, PurgeLedger.PENDING));
        assertThat(transactions.inTransaction(() -> ledger.pending(List.of(ACME, GLOBEX))))
                .isEqualTo(Map.of(USAGE_EVENT, Map.of(ACME, (long) ROWS, GLOBEX, (long) ROWS)));
        assertThat(transactions.inTransaction(() -> ledger.lockGroup(10))).containsExactly(ACME, GLOBEX);
        assertThat(sweep.inProgress()).isEmpty();
        assertThat(next(sweep)).isEmpty();
        assertThat(rowsOf("usage_event", "acme", "globex")).isZero();
        assertThat(rowsOf("usage_event", "initech")).isEqualTo(ROWS);
    }

    // 5. two transactions ----------------------------------------------------------------------------------------

    @Test
    void a_sweep_whose_chunk_another_transaction_holds_is_skipped_for_another_sweep_without_waiting()
            throws Exception {
        seed("usage_event", ROWS, "acme", "globex", "initech");
        seed("sync_relation", ROWS, "acme", "globex", "initech");
        var sweep = new PageSweep(dsl(), 300, 1_000);
        assertThat(begin(List.of(ACME, GLOBEX), T0, sweep)).containsExactlyInAnyOrder(SYNC_RELATION, USAGE_EVENT);
        assertThat(sweep.inProgress()).containsExactly(SYNC_RELATION, USAGE_EVENT);
        List<PageSweep.Chunk> whileHeld = new ArrayList<>();
        try (var held = HeldRowLock.hold(database().dataSource(),
                "select 1 from purge_sweep where item_kind = 'SYNC_RELATION' for update")) {
            // a guard only: waiting for the holder would fail here instead of hanging
            for (int i = 0; i < 10_000; i++) {
                var chunk = transactions.inTransaction(() -> {
                    dsl().execute("set local lock_timeout = '10s'");
                    return sweep.next();
                });
                if (chunk.isEmpty()) {
                    break;
                }
                whileHeld.add(chunk.get());
            }
        }

        assertThat(whileHeld).isNotEmpty().allSatisfy(chunk -> assertThat(chunk.kind()).isEqualTo(USAGE_EVENT));
        assertThat(whileHeld.getLast().ended()).isTrue();
        assertThat(whileHeld.getLast().verified()).isTrue();
        assertThat(rowsOf("usage_event", "acme", "globex")).isZero();
        assertThat(rowsOf("sync_relation", "acme", "globex")).as("the held sweep untouched").isEqualTo(2L * ROWS);
        assertThat(nextPage(SYNC_RELATION)).isZero();
        assertThat(statesOf(ACME)).isEqualTo(Map.of(SYNC_RELATION, PurgeLedger.SWEEPING, USAGE_EVENT,
                PurgeLedger.DONE));

        var released = sweepAll(sweep);

        assertThat(released).isNotEmpty().allSatisfy(chunk -> assertThat(chunk.kind()).isEqualTo(SYNC_RELATION));
        assertThat(released.getLast().verified()).isTrue();
        assertThat(rowsOf("sync_relation", "acme", "globex")).isZero();
        assertThat(rowsOf("sync_relation", "initech")).isEqualTo(ROWS);
        assertThat(statesOf(ACME)).isEqualTo(Map.of(SYNC_RELATION, PurgeLedger.DONE, USAGE_EVENT, PurgeLedger.DONE));
        assertThat(transactions.inTransaction(sweep::awaitChunks)).isFalse();
    }

    // 6. arguments -----------------------------------------------------------------------------------------------

    @Test
    void refuses_chunk_rows_and_minimum_rows_out_of_range() {
        assertThatThrownBy(() -> new PageSweep(dsl(), 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageSweep(dsl(), PageSweep.MAX_CHUNK_ROWS + 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageSweep(dsl(), 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageSweep(dsl(), 1, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageSweep(null, 1, 1)).isInstanceOf(NullPointerException.class);
        assertThatCode(() -> new PageSweep(dsl(), 1, 1)).doesNotThrowAnyException();
        assertThatCode(() -> new PageSweep(dsl(), PageSweep.MAX_CHUNK_ROWS, PageSweep.DEFAULT_MIN_ROWS))
                .doesNotThrowAnyException();
    }
}
