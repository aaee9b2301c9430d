package io.custodian.server.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** Runs the wrk load generator (Debian package {@code wrk}) against a loopback URL and reads its summary. */
final class Wrk {

    private static final Pattern REQUESTS_PER_SECOND = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern P99 = Pattern.compile("\\s99%\\s+([0-9.]+)(us|ms|s)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");

    record Result(double requestsPerSecond, double p99Millis, long non2xx, String raw) {
    }

    private Wrk() {
    }

    static void requireInstalled() {
        try {
            var process = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new IllegalStateException("the benchmark needs the wrk load generator: apt-get install wrk");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Result run(String url, int threads, int connections, int seconds, List<String> headers) {
        var command = new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s",
                "--latency", "--timeout", "10s"));
        for (String header : headers) {
            command.add("-H");
            command.add(header);
        }
        command.add(url);
        try {
            var process = new ProcessBuilder(command).redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(seconds + 60L, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("wrk failed:\n" + output);
            }
            return parse(output);
        } catch (IOException e) {
            throw new IllegalStateException("could not run wrk", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Result parse(String output) {
        var rps = REQUESTS_PER_SECOND.matcher(output);
        var p99 = P99.matcher(output);
        if (!rps.find() || !p99.find()) {
            throw new IllegalStateException("unexpected wrk output:\n" + output);
        }
        var value = Double.parseDouble(p99.group(1));
        var millis = switch (p99.group(2)) {
            case "us" -> value / 1000;
            case "ms" -> value;
            default -> value * 1000;
        };
        var non2xx = NON_2XX.matcher(output);
        return new Result(Double.parseDouble(rps.group(1)), millis, non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0,
                output);
    }
}
