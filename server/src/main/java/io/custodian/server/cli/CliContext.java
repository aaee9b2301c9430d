package io.custodian.server.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Objects;

/**
 * What a command-line run reads and writes: the environment (configuration variables, as the server reads them), where
 * passwords come from, standard output and standard error. Tests pass their own.
 */
public record CliContext(Map<String, String> environment, PasswordReader passwords, PrintWriter out,
                         PrintWriter err) {

    public CliContext {
        environment = Map.copyOf(environment);
        Objects.requireNonNull(passwords, "passwords");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
    }

    /** The process's environment, console or standard input, standard output and error. */
    public static CliContext system() {
        return new CliContext(System.getenv(), PasswordReader.system(),
                new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }
}
