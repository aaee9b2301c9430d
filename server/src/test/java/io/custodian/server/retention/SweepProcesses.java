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
        var java = ProcessHandle.current().info().command().orElse("java");
        var builder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                SweepProcess.class.getName(), clockOffset, String.valueOf(batchSize)));
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
