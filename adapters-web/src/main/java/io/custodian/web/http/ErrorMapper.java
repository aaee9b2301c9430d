package io.custodian.web.http;

import java.util.ArrayList;
import java.util.List;

import io.helidon.http.Header;
import io.helidon.http.HeaderValues;
import io.helidon.http.HttpException;
import io.helidon.http.media.UnsupportedTypeException;
import io.helidon.webserver.http.ErrorHandler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import io.custodian.web.json.JsonProblems;

import com.fasterxml.jackson.core.JsonProcessingException;

import static java.lang.System.Logger.Level.DEBUG;
import static java.lang.System.Logger.Level.ERROR;

/**
 * The one error mapper of the routing (registered for {@link Throwable}): every failure thrown by a filter or
 * handler becomes {@code {"error": code, "message": text}} with the right status.
 * <ul>
 *     <li>{@link ApiException}: its status, code and message.</li>
 *     <li>Helidon {@link HttpException}s (unknown route, bad request, ...): their status, the default code and
 *     message for it, and their headers.</li>
 *     <li>A Jackson read failure anywhere in the cause chain (e.g. {@code req.content().as(Record.class)} with
 *     broken JSON): 400 {@code bad_request} with a {@link JsonProblems} message. Failures writing JSON stay 500.</li>
 *     <li>No media reader for the request's content type: 415.</li>
 *     <li>Broken body framing or a body cut short: 400, connection closed.</li>
 *     <li>Anything else: 500 {@code internal_error} with a generic message; the exception is logged with the
 *     method and path (never the query string, which can carry a Connect JWT, and never the body).</li>
 * </ul>
 * Failures before routing (oversized body, broken HTTP) are answered by {@link JsonErrorDirectHandler}.
 */
public final class ErrorMapper implements ErrorHandler<Throwable> {

    private static final System.Logger LOGGER = System.getLogger(ErrorMapper.class.getName());
    private static final int MAX_CAUSE_DEPTH = 10;
    private static final String HTTP1_CONNECTION = "io.helidon.webserver.http1.Http1Connection";
    private static final String READ_ENTITY = "readEntityFromPipeline";

    @Override
    public void handle(ServerRequest req, ServerResponse res, Throwable failure) {
        Answer answer = answer(failure);
        if (answer.status() >= 500) {
            LOGGER.log(ERROR, "Request failed: " + describe(req), failure);
        } else {
            LOGGER.log(DEBUG, () -> "Request refused with " + answer.status() + " " + answer.code() + ": " + describe(req));
        }
        ErrorResponses.send(res, answer.status(), answer.code(), answer.message(), answer.headers().toArray(Header[]::new));
    }

    /** Method and path only: the query string can carry a Connect JWT. */
    private static String describe(ServerRequest req) {
        return req.prologue().method().text() + " " + req.prologue().uriPath().rawPath();
    }

    private static Answer answer(Throwable failure) {
        if (failure instanceof ApiException api) {
            return new Answer(api.status(), api.code(), api.getMessage(), List.of());
        }
        if (failure instanceof HttpException http) {
            int status = http.status().code();
            List<Header> headers = new ArrayList<>();
            http.headers().forEach(headers::add);
            return byStatus(status, headers);
        }
        JsonProcessingException json = find(failure, JsonProcessingException.class);
        if (json != null && JsonProblems.isClientProblem(json)) {
            return new Answer(400, ErrorCodes.BAD_REQUEST, JsonProblems.describe(json), List.of());
        }
        UnsupportedTypeException unsupported = find(failure, UnsupportedTypeException.class);
        if (unsupported != null && String.valueOf(unsupported.getMessage()).contains("request media")) {
            // thrown by Helidon when no media support can read the request body in its content type
            return new Answer(415, ErrorCodes.UNSUPPORTED_MEDIA_TYPE,
                              "Unsupported request content type; send application/json", List.of());
        }
        if (failedWhileReadingBody(failure)) {
            // e.g. a chunk size that is not hex, or the client hanging up mid-body: the stream is out of step,
            // so answer 400 and close the connection
            return new Answer(400, ErrorCodes.BAD_REQUEST, "The request body is malformed or incomplete",
                              List.of(HeaderValues.CONNECTION_CLOSE));
        }
        return byStatus(500, List.of());
    }

    /**
     * Helidon 4.5 reports some broken request framing (a non-hex chunk size) as a bare NumberFormatException, and a
     * client that disconnects mid-body as an UncheckedIOException, both thrown from whatever handler was reading the
     * body. Recognize them by the HTTP/1 connection's entity-reading frame. Should Helidon rename it, these fall back
     * to 500 (the test {@code MalformedHttpTest} would notice).
     */
    private static boolean failedWhileReadingBody(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_CAUSE_DEPTH; depth++) {
            for (StackTraceElement frame : current.getStackTrace()) {
                if (frame.getClassName().equals(HTTP1_CONNECTION) && frame.getMethodName().equals(READ_ENTITY)) {
                    return true;
                }
            }
            current = current.getCause();
        }
        return false;
    }

    private static Answer byStatus(int status, List<Header> headers) {
        return new Answer(status, ErrorCodes.forStatus(status), ErrorCodes.defaultMessage(status), headers);
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_CAUSE_DEPTH; depth++) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            current = current.getCause();
        }
        return null;
    }

    private record Answer(int status, String code, String message, List<Header> headers) {
    }
}
