package io.custodian.server.bench;

import io.custodian.server.retention.RetentionEngine;
import io.custodian.server.testing.RunningServer;
import io.custodian.server.testing.TestServices;
import io.custodian.web.connect.testing.ConnectHost;
import io.custodian.web.connect.testing.Site;
import org.jooq.DSLContext;

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
 * The retention engine purging {@code tenants × rowsPerTenant} operation rows, next to one raw {@code DELETE} per
 * table of the same rows, in the same run on the same database; plus the latency of concurrent app-API reads
 * ({@code GET /connect/v1/tenant} of a tenant that is not purged) while the engine purges, next to the same reads
 * while idle. Not a test: it prints figures and ratios.
 *
 * <pre>./mvnw -q -Pbench -Dbench.main=io.custodian.server.bench.PurgeBenchmark -Dbench.args="1000 1000 2000" -pl server -am verify</pre>
 */
public final class PurgeBenchmark {

    private static final String[] TABLES = {"issue_version_copy", "field_trace", "twin_trace", "sync_relation"};

    private PurgeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int tenants = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rowsPerTenant = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int batchSize = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
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

                System.out.printf(Locale.ROOT, "installing %d tenants...%n", tenants);
                var keys = new ArrayList<String>();
                for (int i = 0; i < tenants; i++) {
                    keys.add(custody.install(String.format(Locale.ROOT, "bench-%05d", i)).value());
                }
                var dsl = custody.database().dsl();

                // (a) raw single DELETE per table of the same rows
                seed(dsl, rowsPerTenant);
                long begin = System.nanoTime();
                dsl.transaction(() -> {
                    for (String table : TABLES) {
                        dsl.execute("delete from " + table + " where client_key like 'bench-%'");
                    }
                });
                double rawSeconds = (System.nanoTime() - begin) / 1e9;

                // (b) the engine purging the same rows, tenants marked and past their deadline
                seed(dsl, rowsPerTenant);
                keys.forEach(key -> custody.uninstall(new io.custodian.domain.tenant.ClientKey(key)));
                var idle = reads(readUrl, token, Duration.ofSeconds(5), null);

                var batchDurations = new CopyOnWriteArrayList<Duration>();
                var engine = later.services().retentionEngine(batchSize,
                        (kind, deleted, duration) -> batchDurations.add(duration));
                var purging = new AtomicBoolean(true);
                var readsDuringPurge = Executors.newSingleThreadExecutor().submit(() ->
                        reads(readUrl, token, null, purging));
                begin = System.nanoTime();
                var result = engine.sweep();
                double engineSeconds = (System.nanoTime() - begin) / 1e9;
                purging.set(false);
                var during = readsDuringPurge.get();

                long left = 0;
                for (String table : TABLES) {
                    left += dsl.fetchCount(dsl.selectFrom(table));
                }
                require(left == 0, "rows left after the purge: " + left);
                require(result.purges().size() == tenants, "purged " + result.purges().size() + " tenants");

                var sorted = new ArrayList<>(batchDurations);
                Collections.sort(sorted);
                System.out.printf(Locale.ROOT, "%nPurge of %,d operation rows across %,d tenants (batch size %d)%n",
                        rows, tenants, batchSize);
                System.out.printf(Locale.ROOT, "%-40s %12s %12s%n", "", "seconds", "rows/s");
                System.out.printf(Locale.ROOT, "%-40s %12.2f %,12.0f%n", "raw DELETE per table (baseline)",
                        rawSeconds, rows / rawSeconds);
                System.out.printf(Locale.ROOT, "%-40s %12.2f %,12.0f%n", "retention engine (batches + receipts)",
                        engineSeconds, rows / engineSeconds);
                System.out.printf(Locale.ROOT, "throughput ratio engine/raw: %.3f (goal >= 0.9)%n",
                        rawSeconds / engineSeconds);
                System.out.printf(Locale.ROOT, "batches: %d, median %.1f ms, p99 %.1f ms, longest %.1f ms (goal <= 100 ms)%n",
                        sorted.size(), millis(percentile(sorted, 0.5)), millis(percentile(sorted, 0.99)),
                        millis(sorted.getLast()));
                System.out.printf(Locale.ROOT, "app API reads idle:         %6d requests, p50 %.2f ms, p99 %.2f ms%n",
                        idle.size(), percentileMillis(idle, 0.5), percentileMillis(idle, 0.99));
                System.out.printf(Locale.ROOT, "app API reads during purge: %6d requests, p50 %.2f ms, p99 %.2f ms%n",
                        during.size(), percentileMillis(during, 0.5), percentileMillis(during, 0.99));
                System.out.printf(Locale.ROOT, "p99 ratio during/idle: %.2f%n",
                        percentileMillis(during, 0.99) / percentileMillis(idle, 0.99));
            }
        }
        System.exit(0);
    }

    /** Operation rows for every bench tenant: a tenth relations, the rest twins, field traces and copies. */
    private static void seed(DSLContext dsl, int rowsPerTenant) {
        int relations = Math.max(1, rowsPerTenant / 10);
        int twins = Math.max(1, (rowsPerTenant - relations) / 3);
        int fields = Math.max(1, (rowsPerTenant - relations - twins) / 2);
        int copies = rowsPerTenant - relations - twins - fields;
        System.out.printf(Locale.ROOT, "seeding %d rows per tenant...%n", rowsPerTenant);
        dsl.execute("insert into sync_relation (client_key, item_id, last_written_at, content) "
                + "select t.client_key, 'rel-' || g, now(), '\\x7b7d'::bytea "
                + "from tenant t cross join generate_series(1, " + relations + ") g where t.client_key like 'bench-%'");
        dsl.execute("insert into twin_trace (client_key, item_id, parent_id, last_written_at, content) "
                + "select t.client_key, 'rel-1/twin-' || g, 'rel-1', now(), '\\x7b7d'::bytea "
                + "from tenant t cross join generate_series(1, " + twins + ") g where t.client_key like 'bench-%'");
        dsl.execute("insert into field_trace (client_key, item_id, parent_id, last_written_at, content) "
                + "select t.client_key, 'rel-1/twin-1/f-' || g, 'rel-1/twin-1', now(), '\\x7b7d'::bytea "
                + "from tenant t cross join generate_series(1, " + fields + ") g where t.client_key like 'bench-%'");
        dsl.execute("insert into issue_version_copy (client_key, item_id, parent_id, last_written_at, content) "
                + "select t.client_key, 'rel-1/twin-1@' || lpad(g::text, 10, '0'), 'rel-1/twin-1', now(), "
                + "'\\x7b7d'::bytea from tenant t cross join generate_series(1, " + copies + ") g "
                + "where t.client_key like 'bench-%'");
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
