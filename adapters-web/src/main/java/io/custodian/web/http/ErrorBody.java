package io.custodian.web.http;

import java.util.Objects;

/**
 * The body of every error response: {@code {"error": "<code>", "message": "<text>"}}.
 *
 * @param error   stable, machine-readable code in snake_case, e.g. {@code not_found}
 * @param message human-readable explanation, safe to show to the caller
 */
public record ErrorBody(String error, String message) {

    public ErrorBody {
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(message, "message");
    }
}
