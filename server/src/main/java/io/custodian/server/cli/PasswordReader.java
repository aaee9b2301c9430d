package io.custodian.server.cli;

import io.custodian.domain.identity.Password;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Where a new password comes from: never a command-line argument (other users see those in {@code ps}), but a file,
 * the terminal (typed twice, not echoed) or the first line of standard input.
 */
public interface PasswordReader {

    /** A password could not be read; the message says why and never holds the password. */
    final class PasswordInputException extends RuntimeException {
        public PasswordInputException(String message) {
            super(message);
        }
    }

    /** Reads the password from standard input (or the terminal) for the account named in {@code whose}. */
    Password fromStandardInput(String whose);

    /** The first line of {@code file}, without its line break. */
    static Password fromFile(Path file) {
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            return new Password(firstLine(content).orElseThrow(
                    () -> new PasswordInputException("the password file " + file + " is empty")));
        } catch (IOException e) {
            throw new PasswordInputException("cannot read the password file " + file + ": " + e.getClass().getSimpleName());
        }
    }

    /** The terminal when there is one, else standard input. */
    static PasswordReader system() {
        return whose -> {
            Console console = System.console();
            if (console != null && console.isTerminal()) {
                return fromConsole(console, whose);
            }
            return fromReader(new InputStreamReader(System.in, Charset.defaultCharset()));
        };
    }

    /** The first line of {@code input} (tests, and piped standard input). */
    static PasswordReader of(Reader input) {
        return whose -> fromReader(input);
    }

    private static Password fromConsole(Console console, String whose) {
        char[] first = console.readPassword("New password for %s: ", whose);
        char[] second = console.readPassword("Repeat the password: ");
        try {
            if (first == null || second == null) {
                throw new PasswordInputException("no password entered");
            }
            if (!Arrays.equals(first, second)) {
                throw new PasswordInputException("the two passwords differ");
            }
            return new Password(new String(first));
        } finally {
            if (first != null) {
                Arrays.fill(first, '\0');
            }
            if (second != null) {
                Arrays.fill(second, '\0');
            }
        }
    }

    private static Password fromReader(Reader input) {
        try {
            String line = new BufferedReader(input).readLine();
            if (line == null || line.isEmpty()) {
                throw new PasswordInputException("no password on standard input (pipe it in, or use --password-file)");
            }
            return new Password(line);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input", e);
        }
    }

    private static Optional<String> firstLine(String content) {
        int end = content.indexOf('\n');
        String line = end < 0 ? content : content.substring(0, end);
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        return line.isEmpty() ? Optional.empty() : Optional.of(line);
    }
}
