package io.custodian.web.http;

import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.WritableHeaders;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/**
 * Adds the headers every response carries: {@code Referrer-Policy: no-referrer},
 * {@code X-Content-Type-Options: nosniff} and, unless the handler sets its own, {@code Cache-Control: no-cache, no-store}.
 * <p>
 * The filter sets them before routing, so a handler overrides {@code Cache-Control} simply by setting it.
 * The error mapper and the direct (pre-routing) error handler apply them too.
 */
public final class SecurityHeaders implements Filter {

    public static final Header REFERRER_POLICY =
            HeaderValues.createCached(HeaderNames.create("Referrer-Policy"), "no-referrer");
    public static final Header NO_SNIFF =
            HeaderValues.createCached(HeaderNames.X_CONTENT_TYPE_OPTIONS, "nosniff");
    public static final Header DEFAULT_CACHE_CONTROL =
            HeaderValues.createCached(HeaderNames.CACHE_CONTROL, "no-cache, no-store");
    public static final Header NO_STORE =
            HeaderValues.createCached(HeaderNames.CACHE_CONTROL, "no-store");

    /**
     * Set the security headers, and {@code Cache-Control} only where absent.
     *
     * @param headers response headers
     */
    public static void apply(WritableHeaders<?> headers) {
        headers.set(REFERRER_POLICY);
        headers.set(NO_SNIFF);
        headers.setIfAbsent(DEFAULT_CACHE_CONTROL);
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        apply(res.headers());
        chain.proceed();
    }
}
