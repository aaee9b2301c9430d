package io.custodian.server.retention;

import io.custodian.persistence.retention.PageSweep;
import io.custodian.server.testing.TestServices;

import java.time.Clock;
import java.time.Duration;

/**
 * A separate sweeping process for the multi-process and crash tests: reads the server configuration from its
 * environment, runs one sweep with a clock moved {@code args[0]} (ISO-8601 duration) into the future and a batch
 * size of {@code args[1]}, prints a line after every committed batch and one with the number of purges it completed.
 * Optional {@code args[2]} and {@code args[3]}: the fewest rows of a table for a page sweep, and the rows a page sweep
 * reads per chunk (defaults: the server's).
 */
public final class SweepProcess {

    private SweepProcess() {
    }

    public static void main(String[] args) {
        var clock = Clock.offset(Clock.systemUTC(), Duration.parse(args[0]));
        int batchSize = Integer.parseInt(args[1]);
        try (var custody = TestServices.open(System.getenv(), clock)) {
            long minRows = args.length > 2 ? Long.parseLong(args[2]) : PageSweep.DEFAULT_MIN_ROWS;
            int chunkRows = args.length > 3 ? Integer.parseInt(args[3]) : PageSweep.DEFAULT_CHUNK_ROWS;
            var engine = custody.services().retentionEngine(batchSize, 1, chunkRows, minRows,
                    (deleted, purged, duration) -> {
                        System.out.println("batch " + deleted);
                        System.out.flush();
                    });
            var result = engine.sweep();
            System.out.println("purges " + result.purges().size());
            System.out.flush();
        }
        System.exit(0);
    }
}
