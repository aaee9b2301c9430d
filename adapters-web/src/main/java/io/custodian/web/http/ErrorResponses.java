package io.custodian.web.http;

import io.helidon.http.Header;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;

import io.custodian.web.json.JsonMapping;

/**
 * Writes error responses. Serializes with {@link JsonMapping} directly, so errors are JSON even on a
 * server whose media context lacks Jackson.
 */
public final class ErrorResponses {

    private ErrorResponses() {
    }

    /**
     * Replace whatever the handler had put on the response with an error.
     * Headers set before the failure (content type, length, ETag, ...) are dropped.
     *
     * @param res     response not yet sent
     * @param status  HTTP status
     * @param code    error code
     * @param message client-safe message
     * @param extra   headers to add, e.g. {@code Allow} or {@code WWW-Authenticate}
     */
    public static void send(ServerResponse res, int status, String code, String message, Header... extra) {
        res.headers().clear();
        for (Header header : extra) {
            res.header(header);
        }
        SecurityHeaders.apply(res.headers());
        res.status(Status.create(status));
        res.header(HeaderValues.CONTENT_TYPE_JSON);
        res.send(JsonMapping.toBytes(new ErrorBody(code, message)));
    }
}
