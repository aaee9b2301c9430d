package io.custodian.server.retention;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Starts {@link SweepProcess} as a separate JVM on this test's class path. */
final class SweepProcesses {

    private SweepProcesses() {
    }

    static Process start(Map<String, String> environment, String clockOffset, int batchSize) {
        return start(environment, clockOffset, batchSize, List.of());
    }

    /** A sweep process that sweeps a table in page order from {@code minRows}, {@code chunkRows} per chunk. */
    static Process startPageSweeping(Map<String, String> environment, String clockOffset, int batchSize,
                                     long minRows, int chunkRows) {
        return start(environment, clockOffset, batchSize, List.of(String.valueOf(minRows), String.valueOf(chunkRows)));
    }

    private static Process start(Map<String, String> environment, String clockOffset, int batchSize,
                                 List<String> more) {
        var java = ProcessHandle.current().info().command().orElse("java");
        var command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                SweepProcess.class.getName(), clockOffset, String.valueOf(batchSize)));
        command.addAll(more);
        var builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        builder.redirectErrorStream(false);
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start a sweep process", e);
        }
    }

    static BufferedReader output(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }
}
