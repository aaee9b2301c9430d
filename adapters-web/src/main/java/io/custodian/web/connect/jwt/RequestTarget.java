package io.custodian.web.connect.jwt;

import java.util.Objects;

import io.helidon.webserver.http.ServerRequest;

/**
 * A request as received, for its query string hash: method, the raw path (not decoded) and the raw query.
 *
 * @param method   HTTP method
 * @param rawPath  path as received, without the query
 * @param rawQuery query as received, without {@code ?}; empty when there is none
 */
public record RequestTarget(String method, String rawPath, String rawQuery) {

    public RequestTarget {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(rawPath, "rawPath");
        rawQuery = rawQuery == null ? "" : rawQuery;
    }

    /**
     * From the request prologue: the full path and query exactly as they came over the wire (the prologue keeps them
     * encoded; {@code req.path()} would be relative to the service and {@code path()} decoded).
     */
    public static RequestTarget of(ServerRequest req) {
        return new RequestTarget(req.prologue().method().text(),
                req.prologue().uriPath().rawPath(),
                req.prologue().query().rawValue());
    }

    /** The canonical request string (app at the root of its base URL). */
    public String canonical() {
        return QueryStringHash.canonicalRequest(method, rawPath, rawQuery, "");
    }

    /** The expected {@code qsh}. */
    public String qsh() {
        return QueryStringHash.hash(canonical());
    }
}
