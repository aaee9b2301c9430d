package io.custodian.web.http;

import java.util.Arrays;
import java.util.stream.Collectors;

import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Method;
import io.helidon.webserver.http.Handler;

/**
 * Helidon answers a known path with an unrouted method as 404 ({@code not_found}). A service that wants a
 * proper 405 registers this handler with {@code any(path, ...)} after its real routes for that path.
 */
public final class MethodNotAllowed {

    private MethodNotAllowed() {
    }

    /**
     * Handler answering 405 {@code method_not_allowed} with an {@code Allow} header.
     *
     * @param allowed methods the path does support
     * @return handler
     */
    public static Handler allowing(Method... allowed) {
        if (allowed.length == 0) {
            throw new IllegalArgumentException("at least one allowed method is required");
        }
        String allow = Arrays.stream(allowed).map(Method::text).collect(Collectors.joining(", "));
        Header allowHeader = HeaderValues.create(HeaderNames.ALLOW, allow);
        return (req, res) -> ErrorResponses.send(res, 405, ErrorCodes.METHOD_NOT_ALLOWED,
                                                 "Method " + req.prologue().method().text()
                                                         + " is not allowed here; allowed: " + allow,
                                                 allowHeader);
    }
}
