package io.custodian.server.bench;

import io.custodian.domain.tenant.ClientKey;
import io.custodian.persistence.retention.PageSweep;
import io.custodian.server.retention.RetentionEngine;
import io.custodian.server.testing.RunningServer;
import io.custodian.server.testing.TestServices;
import io.custodian.web.connect.testing.ConnectHost;
import io.custodian.web.connect.testing.Site;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The retention engine purging {@code tenants × rowsPerTenant} operation rows (rows of different tenants interleaved
 * on the pages, as rows written over time are), next to one raw {@code DELETE} per table of the same rows, in the
 * same run on the same database, twice: quiet (nothing else runs) and loaded (4 clients read the app API,
 * {@code GET /connect/v1/tenant} of a tenant that is not purged, throughout both). Prints rows/s, the engine/raw
 * ratios, the batch durations, and the latency of the reads while idle, during the raw DELETE and during the purge.
 * A warm-up round runs first: a raw DELETE and a purge of 5% as many tenants, then a purge of as many tenants with a
 * few rows each (the per-tenant completion path compiled by the JIT). Every measurement starts right after a
 * {@code CHECKPOINT}, so that none runs while the checkpoint of the seeding writes in the background. For reference, it
 * also measures the floor of bounded transactions: the same rows deleted in page chunks of the engine's size, one
 * transaction each, with nothing else (no counts, no ledger, no receipts). Not a test: it prints figures.
 *
 * <p>Arguments: tenants, rows per tenant, batch size, workers, then optionally {@code quiet} to run the quiet round
 * only, {@code chunk=<rows>} for the page sweep's rows per chunk (default: the server's), {@code target=<duration>}
 * for the chunk target (default: the server's; {@code PT0S} for chunks of a fixed size) and {@code repeat=<n>} for
 * the rounds of the quiet comparison (default 3: raw DELETE and purge alternately, each on fresh rows; the medians
 * are printed, since one round's raw DELETE varies by a third from run to run).
 *
 * <pre>./mvnw -q -Pbench -Dbench.main=io.custodian.server.bench.PurgeBenchmark -Dbench.args="1000 1000 5000 1" -pl server -am verify</pre>
 */
public final class PurgeBenchmark {

    private static final String[] TABLES = {"issue_version_copy", "field_trace", "twin_trace", "sync_relation"};

    private PurgeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int tenants = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rowsPerTenant = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int batchSize = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
        int workers = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        var options = args.length > 4 ? List.of(args).subList(4, args.length) : List.<String>of();
        boolean quietOnly = options.contains("quiet");
        int chunkRows = options.stream().filter(option -> option.startsWith("chunk="))
                .map(option -> Integer.parseInt(option.substring("chunk=".length())))
                .findFirst().orElse(PageSweep.DEFAULT_CHUNK_ROWS);
        int repeat = options.stream().filter(option -> option.startsWith("repeat="))
                .map(option -> Integer.parseInt(option.substring("repeat=".length())))
                .findFirst().orElse(3);
        Duration chunkTarget = options.stream().filter(option -> option.startsWith("target="))
                .map(option -> Duration.parse(option.substring("target=".length())))
                .findFirst().orElse(RetentionEngine.DEFAULT_CHUNK_TARGET);
        long rows = (long) tenants * rowsPerTenant;

        var env = RunningServer.environment(PurgeBenchmark.class);
        env.put("CUSTODIAN_SWEEP_ENABLED", "false");
        env.put("CUSTODIAN_DB_POOL_SIZE", "16");
        var pastDeadline = Clock.offset(Clock.systemUTC(), Duration.ofDays(181));
        try (var host = new ConnectHost(InstantSource.system(), RunningServer.APP_KEY, RunningServer.BASE_URL)) {
            env.put("CUSTODIAN_INSTALL_KEYS_URL", host.keyServer().baseUrl().toString());
            try (var server = RunningServer.start(env);
                 var custody = TestServices.open(env, InstantSource.system());
                 var later = TestServices.open(env, pastDeadline)) {
                host.target(server.port());
                var reader = Site.jira("reader");
                require(host.install(reader).statusCode() == 204, "reader install");
                var now = InstantSource.system().instant();
                var token = host.appJwt(reader, "GET", "/connect/v1/tenant")
                        .issuedAt(now).expiresAt(now.plus(Duration.ofHours(2))).build();
                var readUrl = URI.create("http://127.0.0.1:" + server.port() + "/connect/v1/tenant");
                var dsl = custody.database().dsl();
                var batchDurations = new CopyOnWriteArrayList<Duration>();
                var batchLog = new CopyOnWriteArrayList<BatchSeen>();
                var engine = later.services().retentionEngine(batchSize, workers, chunkRows,
                        PageSweep.DEFAULT_MIN_ROWS, chunkTarget, (deleted, purged, duration) -> {
                            batchDurations.add(duration);
                            batchLog.add(new BatchSeen(batchLog.size() + 1, deleted, purged, duration));
                        });

                // warm-up (JIT, caches, pool), not measured: a raw DELETE and a purge of 5% as many tenants
                int warmTenants = Math.max(1, tenants / 20);
                System.out.printf(Locale.ROOT, "warming up with %d tenants...%n", warmTenants);
                var warm = install(custody, "warm", warmTenants);
                seed(dsl, rowsPerTenant, "warm-");
                rawDelete(dsl, "warm-");
                seed(dsl, rowsPerTenant, "warm-");
                warm.forEach(custody::uninstall);
                require(engine.sweep().purges().size() == warmTenants, "warm-up purge");
                // and the completion path (receipt, archive, audit) as often as the measured rounds run it, so that
                // they measure compiled code: as many tenants again, with a few rows each
                var warmCompletion = install(custody, "primer", tenants);
                seed(dsl, 4, "primer-");
                warmCompletion.forEach(custody::uninstall);
                require(engine.sweep().purges().size() == tenants, "warm-up of the completion path");

                // round 1, quiet: nothing else runs; repeated, the raw DELETE and the purge alternately, each time
                // on freshly seeded tenants
                var quietRaw = new ArrayList<Double>();
                var quietEngine = new ArrayList<Double>();
                var quietResults = new ArrayList<RetentionEngine.SweepResult>();
                batchDurations.clear();
                batchLog.clear();
                for (int round = 1; round <= repeat; round++) {
                    String prefix = String.format(Locale.ROOT, "quiet%02d", round);
                    var quietTenants = install(custody, prefix, tenants);
                    seed(dsl, rowsPerTenant, prefix + "-");
                    checkpoint(dsl);
                    quietRaw.add(timed(() -> rawDelete(dsl, prefix + "-")));
                    seed(dsl, rowsPerTenant, prefix + "-");
                    quietTenants.forEach(custody::uninstall);
                    var result = new java.util.concurrent.atomic.AtomicReference<RetentionEngine.SweepResult>();
                    checkpoint(dsl);
                    quietEngine.add(timed(() -> result.set(engine.sweep())));
                    requirePurged(dsl, result.get(), tenants);
                    quietResults.add(result.get());
                    System.out.printf(Locale.ROOT, "quiet round %d: raw %.2f s, engine %.2f s, ratio %.3f%n", round,
                            quietRaw.getLast(), quietEngine.getLast(), quietRaw.getLast() / quietEngine.getLast());
                }
                var quietBatches = sorted(batchDurations);
                var quietLongest = longest(batchLog);
                double rawQuiet = median(quietRaw);
                double engineQuiet = median(quietEngine);
                var quietRatios = new ArrayList<Double>();
                for (int round = 0; round < repeat; round++) {
                    quietRatios.add(quietRaw.get(round) / quietEngine.get(round));
                }
                double quietRatio = median(quietRatios);
                // for reference: the raw DELETE of the same rows followed by deleting the installation records and
                // data keys, which the engine's purge deletes too
                install(custody, "records", tenants);
                seed(dsl, rowsPerTenant, "records-");
                checkpoint(dsl);
                double rawWithRecords = timed(() -> dsl.transaction(() -> {
                    rawDelete(dsl, "records-");
                    dsl.execute("delete from tenant_data_key where client_key like 'records-%'");
                    dsl.execute("delete from tenant where client_key like 'records-%'");
                }));
                // for reference: the floor of bounded transactions, the same rows deleted in page chunks of the
                // engine's size, one transaction each, and nothing else (no counts, no receipts, no ledger)
                install(custody, "chunks", tenants);
                seed(dsl, rowsPerTenant, "chunks-");
                checkpoint(dsl);
                double chunksOnly = timed(() -> chunkedDelete(dsl, "chunks-", chunkRows));

                if (quietOnly) {
                    System.out.printf(Locale.ROOT, "%nquiet (median of %d): raw %.2f s (with the installation records "
                                    + "%.2f s), engine %.2f s, ratio %.3f (against raw + records %.3f)%n", repeat,
                            rawQuiet, rawWithRecords, engineQuiet, quietRatio, rawWithRecords / engineQuiet);
                    System.out.printf(Locale.ROOT, "quiet: page chunks alone (no counts, no receipts) %.2f s, "
                            + "ratio %.3f against the raw DELETE%n", chunksOnly, rawQuiet / chunksOnly);
                    printBatches("quiet ", quietBatches);
                    System.out.println("quiet  longest batches: " + quietLongest);
                    quietResults.forEach(result -> printPhases("quiet ", result));
                    System.exit(0);
                }
                // round 2, loaded: 4 clients read the app API (GET /connect/v1/tenant) throughout, as while idle
                var idle = reads(readUrl, token, Duration.ofSeconds(5), null);
                var loadedTenants = install(custody, "loaded", tenants);
                seed(dsl, rowsPerTenant, "loaded-");
                var duringRaw = new ArrayList<Long>();
                checkpoint(dsl);
                double rawLoaded = whileReading(readUrl, token, duringRaw, () -> rawDelete(dsl, "loaded-"));
                seed(dsl, rowsPerTenant, "loaded-");
                loadedTenants.forEach(custody::uninstall);
                batchDurations.clear();
                batchLog.clear();
                var loadedResult = new java.util.concurrent.atomic.AtomicReference<RetentionEngine.SweepResult>();
                var duringPurge = new ArrayList<Long>();
                checkpoint(dsl);
                double engineLoaded = whileReading(readUrl, token, duringPurge,
                        () -> loadedResult.set(engine.sweep()));
                var loadedBatches = sorted(batchDurations);
                var loadedLongest = longest(batchLog);
                requirePurged(dsl, loadedResult.get(), tenants);

                System.out.printf(Locale.ROOT, "%nPurge of %,d operation rows across %,d tenants (batch size %d, %d "
                        + "worker(s), page sweep chunks of up to %d rows, chunk target %s); raw = one DELETE per table "
                        + "of the same rows; quiet: median of %d rounds%n",
                rows, tenants, batchSize, workers, chunkRows, chunkTarget, repeat);
                System.out.printf(Locale.ROOT, "%-44s %10s %12s %10s%n", "", "seconds", "rows/s", "ratio");
                System.out.printf(Locale.ROOT, "%-44s %10.2f %,12.0f%n", "quiet:  raw DELETE (baseline)",
                        rawQuiet, rows / rawQuiet);
                System.out.printf(Locale.ROOT, "%-44s %10.2f %,12.0f%n", "quiet:  raw DELETE + installation records",
                        rawWithRecords, rows / rawWithRecords);
                System.out.printf(Locale.ROOT, "%-44s %10.2f %,12.0f %10.3f%n", "quiet:  retention engine",
                        engineQuiet, rows / engineQuiet, quietRatio);
                System.out.printf(Locale.ROOT, "%-44s %10s %12s %10.3f%n", "quiet:  engine against raw + records", "",
                        "", rawWithRecords / engineQuiet);
                System.out.printf(Locale.ROOT, "%-44s %10.2f %,12.0f %10.3f%n", "quiet:  page chunks alone (floor)",
                        chunksOnly, rows / chunksOnly, rawQuiet / chunksOnly);
                System.out.printf(Locale.ROOT, "%-44s %10.2f %,12.0f%n", "loaded: raw DELETE (baseline)",
                        rawLoaded, rows / rawLoaded);
                System.out.printf(Locale.ROOT, "%-44s %10.2f %,12.0f %10.3f%n", "loaded: retention engine",
                        engineLoaded, rows / engineLoaded, rawLoaded / engineLoaded);
                System.out.println("throughput ratio goal: engine/raw >= 0.9");
                printBatches("quiet ", quietBatches);
                printBatches("loaded", loadedBatches);
                System.out.println("quiet  longest batches: " + quietLongest);
                System.out.println("loaded longest batches: " + loadedLongest);
                quietResults.forEach(result -> printPhases("quiet ", result));
                printPhases("loaded", loadedResult.get());
                System.out.printf(Locale.ROOT, "app API reads idle:         %6d requests, p50 %7.2f ms, p99 %7.2f ms%n",
                        idle.size(), percentileMillis(idle, 0.5), percentileMillis(idle, 0.99));
                System.out.printf(Locale.ROOT, "app API reads during raw:   %6d requests, p50 %7.2f ms, p99 %7.2f ms%n",
                        duringRaw.size(), percentileMillis(duringRaw, 0.5), percentileMillis(duringRaw, 0.99));
                System.out.printf(Locale.ROOT, "app API reads during purge: %6d requests, p50 %7.2f ms, p99 %7.2f ms%n",
                        duringPurge.size(), percentileMillis(duringPurge, 0.5), percentileMillis(duringPurge, 0.99));
                System.out.printf(Locale.ROOT, "p99 ratio during purge/idle: %.2f, during raw/idle: %.2f%n",
                        percentileMillis(duringPurge, 0.99) / percentileMillis(idle, 0.99),
                        percentileMillis(duringRaw, 0.99) / percentileMillis(idle, 0.99));
            }
        }
        System.exit(0);
    }

    private static List<ClientKey> install(TestServices custody, String prefix, int count) {
        System.out.printf(Locale.ROOT, "installing %d %s tenants...%n", count, prefix);
        var keys = new ArrayList<ClientKey>();
        for (int i = 0; i < count; i++) {
            keys.add(custody.install(String.format(Locale.ROOT, "%s-%05d", prefix, i)));
        }
        return keys;
    }

    private static void rawDelete(DSLContext dsl, String prefix) {
        dsl.transaction(() -> {
            for (String table : TABLES) {
                dsl.execute("delete from " + table + " where client_key like '" + prefix + "%'");
            }
        });
    }

    /**
     * The rows of the tenants named {@code prefix…} deleted as the page sweep deletes them, without anything else: per
     * table (children first), a range of pages holding about {@code chunkRows} rows per transaction.
     */
    private static void chunkedDelete(DSLContext dsl, String prefix, int chunkRows) {
        for (String table : TABLES) {
            var size = dsl.fetchSingle("select c.reltuples::float8, c.relpages::bigint, "
                    + "pg_relation_size(c.oid) / current_setting('block_size')::bigint "
                    + "from pg_class c where c.oid = cast({0} as regclass)", DSL.inline(table));
            double rowsPerPage = Math.max(1.0, size.get(0, Double.class) / Math.max(1L, size.get(1, Long.class)));
            long pages = size.get(2, Long.class);
            long step = Math.max(1L, (long) (chunkRows / rowsPerPage));
            for (long from = 0; from < pages; from += step) {
                String chunk = "delete from " + table + " where ctid >= '(" + from + ",0)'::tid and ctid < '("
                        + (from + step) + ",0)'::tid and client_key like '" + prefix + "%'";
                dsl.transaction(() -> dsl.execute(chunk));
            }
        }
    }

    /**
     * Writes every dirty page out before a measurement, so that neither the raw DELETE nor the engine runs while a
     * checkpoint from the seeding writes in the background.
     */
    private static void checkpoint(DSLContext dsl) {
        dsl.execute("checkpoint");
    }

    private static void requirePurged(DSLContext dsl, RetentionEngine.SweepResult result, int tenants) {
        long left = 0;
        for (String table : TABLES) {
            left += dsl.fetchCount(dsl.selectFrom(table));
        }
        require(left == 0, "rows left after the purge: " + left);
        require(result.purges().size() == tenants, "purged " + result.purges().size() + " tenants");
    }

    private static double timed(Runnable work) {
        long begin = System.nanoTime();
        work.run();
        return (System.nanoTime() - begin) / 1e9;
    }

    /** Runs {@code work} while 4 clients read, adds the read latencies to {@code latencies}; the work's seconds. */
    private static double whileReading(URI url, String token, List<Long> latencies, Runnable work) throws Exception {
        var running = new AtomicBoolean(true);
        try (var readers = Executors.newSingleThreadExecutor()) {
            var reading = readers.submit(() -> reads(url, token, null, running));
            double seconds;
            try {
                seconds = timed(work);
            } finally {
                running.set(false);
            }
            latencies.addAll(reading.get());
            return seconds;
        }
    }

    /** A committed batch as the engine reported it. */
    private record BatchSeen(int ordinal, int deleted, int purged, Duration duration) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.1f ms (batch %d: %d items, %d purges)", duration.toNanos() / 1e6,
                    ordinal, deleted, purged);
        }
    }

    /** The five longest batches, longest first: what kind of batch sets the longest batch duration. */
    private static List<BatchSeen> longest(List<BatchSeen> batches) {
        return batches.stream().sorted(java.util.Comparator.comparing(BatchSeen::duration).reversed()).limit(5)
                .toList();
    }

    private static double median(List<Double> values) {
        var sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static List<Duration> sorted(List<Duration> durations) {
        var sorted = new ArrayList<>(durations);
        Collections.sort(sorted);
        return sorted;
    }

    private static void printBatches(String round, List<Duration> sorted) {
        System.out.printf(Locale.ROOT, "%s batches: %d, median %.1f ms, p99 %.1f ms, longest %.1f ms (goal <= 100 ms)%n",
                round, sorted.size(), millis(percentile(sorted, 0.5)), millis(percentile(sorted, 0.99)),
                millis(sorted.getLast()));
    }

    private static void printPhases(String round, RetentionEngine.SweepResult result) {
        var phases = result.phases();
        System.out.printf(Locale.ROOT, "%s phases: beginning %.2f s, purging %.2f s (summed over workers: page sweep "
                        + "chunks %.2f s, batches completing purges %.2f s), expired items %.2f s; %d chunks, the "
                        + "smallest of %d rows%n", round,
                phases.beginning().toNanos() / 1e9, phases.purging().toNanos() / 1e9, phases.inChunks().toNanos() / 1e9,
                phases.inCompletingBatches().toNanos() / 1e9, phases.expiring().toNanos() / 1e9, result.chunks(),
                result.smallestChunkRows());
    }

    /** Operation rows for every bench tenant: a tenth relations, the rest twins, field traces and copies. */
    private static void seed(DSLContext dsl, int rowsPerTenant, String prefix) {
        int relations = Math.max(1, rowsPerTenant / 10);
        int twins = Math.max(1, (rowsPerTenant - relations) / 3);
        int fields = Math.max(1, (rowsPerTenant - relations - twins) / 2);
        int copies = rowsPerTenant - relations - twins - fields;
        System.out.printf(Locale.ROOT, "seeding %d rows per tenant...%n", rowsPerTenant);
        // the rows deleted before (raw DELETE or engine) are vacuumed away first, so that every round deletes from
        // tables of the same layout (otherwise the new rows would be appended after the dead ones)
        dsl.execute("vacuum");
        dsl.execute("insert into sync_relation (client_key, item_id, last_written_at, content) "
                + "select t.client_key, 'rel-' || g, now(), '\\x7b7d'::bytea "
                + "from tenant t cross join generate_series(1, " + relations + ") g where t.client_key like '" + prefix + "%'");
        dsl.execute("insert into twin_trace (client_key, item_id, parent_id, last_written_at, content) "
                + "select t.client_key, 'rel-1/twin-' || g, 'rel-1', now(), '\\x7b7d'::bytea "
                + "from tenant t cross join generate_series(1, " + twins + ") g where t.client_key like '" + prefix + "%'");
        dsl.execute("insert into field_trace (client_key, item_id, parent_id, last_written_at, content) "
                + "select t.client_key, 'rel-1/twin-1/f-' || g, 'rel-1/twin-1', now(), '\\x7b7d'::bytea "
                + "from tenant t cross join generate_series(1, " + fields + ") g where t.client_key like '" + prefix + "%'");
        dsl.execute("insert into issue_version_copy (client_key, item_id, parent_id, last_written_at, content) "
                + "select t.client_key, 'rel-1/twin-1@' || lpad(g::text, 10, '0'), 'rel-1/twin-1', now(), "
                + "'\\x7b7d'::bytea from tenant t cross join generate_series(1, " + copies + ") g "
                + "where t.client_key like '" + prefix + "%'");
        dsl.execute("vacuum analyze");
    }

    /** Closed-loop reads by 4 clients, for {@code duration} or while {@code running} is set; latencies in ns. */
    private static List<Long> reads(URI url, String token, Duration duration, AtomicBoolean running) throws Exception {
        var latencies = new CopyOnWriteArrayList<Long>();
        long end = duration == null ? Long.MAX_VALUE : System.nanoTime() + duration.toNanos();
        try (var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
             var clients = Executors.newVirtualThreadPerTaskExecutor()) {
            var request = HttpRequest.newBuilder(url).header("Authorization", "JWT " + token).GET().build();
            for (int c = 0; c < 4; c++) {
                clients.submit(() -> {
                    while (System.nanoTime() < end && (running == null || running.get())) {
                        long begin = System.nanoTime();
                        var response = http.send(request, HttpResponse.BodyHandlers.discarding());
                        latencies.add(System.nanoTime() - begin);
                        require(response.statusCode() == 200, "read answered " + response.statusCode());
                    }
                    return null;
                });
            }
        }
        return latencies;
    }

    private static Duration percentile(List<Duration> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p * sorted.size())));
    }

    private static double percentileMillis(List<Long> latencies, double p) {
        var sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p * sorted.size()))) / 1e6;
    }

    private static double millis(Duration duration) {
        return duration.toNanos() / 1e6;
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("benchmark precondition failed: " + what);
        }
    }
}
