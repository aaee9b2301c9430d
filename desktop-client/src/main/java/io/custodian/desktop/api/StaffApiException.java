package io.custodian.desktop.api;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * A call to the server did not produce a usable answer. {@link #problem()} says why, as a value
 * the user interface can turn into a message with an exhaustive {@code switch}.
 */
public final class StaffApiException extends Exception {

    /** Why a call failed. */
    public sealed interface Problem {
        /** The URI that was called. */
        URI uri();
    }

    /** The host name of the URI could not be resolved. */
    public record UnknownHost(URI uri) implements Problem {
    }

    /** Nothing accepted the connection (typically: no server listens on that host and port). */
    public record ConnectionRefused(URI uri) implements Problem {
    }

    /** The connection broke or could not be opened for another reason, described in {@code detail}. */
    public record ConnectionFailed(URI uri, String detail) implements Problem {
    }

    /** No connection or no complete answer within {@code limit}. */
    public record TimedOut(URI uri, Duration limit) implements Problem {
    }

    /**
     * Something answered, but not with what a Custodian server sends: an unexpected HTTP status
     * or a body that is not the expected JSON.
     */
    public record UnexpectedAnswer(URI uri, int httpStatus, String contentType, String detail) implements Problem {
    }

    private final transient Problem problem;

    public StaffApiException(Problem problem, Throwable cause) {
        super(describe(Objects.requireNonNull(problem, "problem")), cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    private static String describe(Problem problem) {
        return switch (problem) {
            case UnknownHost p -> "unknown host: " + p.uri();
            case ConnectionRefused p -> "connection refused: " + p.uri();
            case ConnectionFailed p -> "connection failed: " + p.uri() + ": " + p.detail();
            case TimedOut p -> "no answer within " + p.limit() + ": " + p.uri();
            case UnexpectedAnswer p -> "unexpected answer (HTTP " + p.httpStatus() + ", " + p.contentType() + "): "
                    + p.uri() + ": " + p.detail();
        };
    }
}
