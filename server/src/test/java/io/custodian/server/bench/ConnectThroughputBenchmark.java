package io.custodian.server.bench;

import io.custodian.server.testing.RunningServer;
import io.custodian.web.connect.testing.ConnectHost;
import io.custodian.web.connect.testing.Site;
import io.helidon.webserver.WebServer;

import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Locale;

/**
 * Throughput and p99 latency of JWT-authenticated {@code GET /connect/v1/tenant} on the real server (HS256
 * verification, qsh, secret decryption, tenant lookup in PostgreSQL) next to a bare Helidon handler answering a
 * fixed JSON body, both measured in the same run with wrk on loopback. Not a test: it prints figures and ratios.
 *
 * <pre>./mvnw -q -Pbench -Dbench.main=io.custodian.server.bench.ConnectThroughputBenchmark -pl server -am verify</pre>
 */
public final class ConnectThroughputBenchmark {

    private ConnectThroughputBenchmark() {
    }

    public static void main(String[] args) {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        int threads = 2;
        Wrk.requireInstalled();

        var site = Site.jira("bench");
        try (var host = new ConnectHost(InstantSource.system(), RunningServer.APP_KEY, RunningServer.BASE_URL)) {
            var env = RunningServer.environment(ConnectThroughputBenchmark.class);
            env.put("CUSTODIAN_INSTALL_KEYS_URL", host.keyServer().baseUrl().toString());
            try (var server = RunningServer.start(env)) {
                host.target(server.port());
                if (host.install(site).statusCode() != 204) {
                    throw new IllegalStateException("install failed");
                }
                var now = InstantSource.system().instant();
                var token = host.appJwt(site, "GET", "/connect/v1/tenant")
                        .issuedAt(now).expiresAt(now.plus(Duration.ofHours(1))).build();
                var tenantUrl = "http://127.0.0.1:" + server.port() + "/connect/v1/tenant";
                var body = host.appGet(site, "/connect/v1/tenant").body();

                var bare = WebServer.builder().host("127.0.0.1").port(0)
                        .routing(routing -> routing.get("/bare", (req, res) -> {
                            res.header("Content-Type", "application/json");
                            res.send(body);
                        }))
                        .build().start();
                try {
                    var bareUrl = "http://127.0.0.1:" + bare.port() + "/bare";
                    var auth = List.of("Authorization: JWT " + token);
                    // warm-up: JIT, connection pools
                    Wrk.run(bareUrl, threads, connections, 3, List.of());
                    Wrk.run(tenantUrl, threads, connections, 3, auth);

                    var bareResult = Wrk.run(bareUrl, threads, connections, seconds, List.of());
                    var tenantResult = Wrk.run(tenantUrl, threads, connections, seconds, auth);
                    print(seconds, connections, bareResult, tenantResult);
                } finally {
                    bare.stop();
                }
            }
        }
        System.exit(0);
    }

    private static void print(int seconds, int connections, Wrk.Result bare, Wrk.Result tenant) {
        System.out.printf(Locale.ROOT, "%nConnect app API throughput (wrk, 2 threads, %d connections, %d s each, loopback)%n",
                connections, seconds);
        System.out.printf(Locale.ROOT, "%-44s %12s %10s %8s%n", "endpoint", "requests/s", "p99 ms", "non-2xx");
        System.out.printf(Locale.ROOT, "%-44s %12.0f %10.2f %8d%n", "bare Helidon handler (baseline)",
                bare.requestsPerSecond(), bare.p99Millis(), bare.non2xx());
        System.out.printf(Locale.ROOT, "%-44s %12.0f %10.2f %8d%n", "GET /connect/v1/tenant (JWT + qsh + DB)",
                tenant.requestsPerSecond(), tenant.p99Millis(), tenant.non2xx());
        System.out.printf(Locale.ROOT, "throughput ratio tenant/bare: %.3f; p99 ratio tenant/bare: %.2f%n",
                tenant.requestsPerSecond() / bare.requestsPerSecond(), tenant.p99Millis() / bare.p99Millis());
    }
}
