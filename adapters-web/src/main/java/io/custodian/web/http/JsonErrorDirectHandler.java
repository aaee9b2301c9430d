package io.custodian.web.http;

import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderValues;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;

import io.custodian.web.json.JsonMapping;

/**
 * Answers the failures Helidon handles outside routing (the routing filters and error mapper never see them):
 * a body larger than the listener's {@code maxPayloadSize} (413, detected from {@code Content-Length} before any
 * handler runs, or while a chunked body is read), malformed HTTP, an invalid {@code Host} header, too many
 * concurrent requests. The answer is the same JSON shape, with a generic message: Helidon's own messages can echo
 * request data, so they are not passed on.
 */
public final class JsonErrorDirectHandler implements DirectHandler {

    private final long maxRequestBytes;

    /**
     * @param maxRequestBytes the configured body limit, quoted in the 413 message
     */
    public JsonErrorDirectHandler(long maxRequestBytes) {
        this.maxRequestBytes = maxRequestBytes;
    }

    @Override
    public TransportResponse handle(TransportRequest request,
                                    EventType eventType,
                                    Status defaultStatus,
                                    ServerResponseHeaders responseHeaders,
                                    String message) {
        int status = defaultStatus.code();
        String text = status == 413
                ? "The request body exceeds the limit of " + maxRequestBytes + " bytes"
                : ErrorCodes.defaultMessage(status);
        ServerResponseHeaders headers = ServerResponseHeaders.create();
        responseHeaders.forEach(headers::set);
        headers.set(HeaderValues.CONTENT_TYPE_JSON);
        SecurityHeaders.apply(headers);
        return TransportResponse.builder()
                .status(defaultStatus)
                .headers(headers)
                .keepAlive(eventType.keepAlive())
                .entity(JsonMapping.toBytes(new ErrorBody(ErrorCodes.forStatus(status), text)))
                .build();
    }
}
