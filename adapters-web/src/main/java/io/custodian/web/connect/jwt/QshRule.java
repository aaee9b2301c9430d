package io.custodian.web.connect.jwt;

/** Which {@code qsh} a route accepts. Every route declares one: a route is never accidentally lenient. */
public enum QshRule {
    /** The hash of this very request (method, path, query); the literal {@code context-qsh} is refused. */
    REQUEST,
    /**
     * Only the literal {@code context-qsh} of a context JWT ({@code AP.context.getToken()} in the app's iframe). Such a
     * token is not bound to a request and can be replayed on every context route, so these routes must be read-only
     * or check authorization themselves. A query on a context route is not authenticated ({@code lic} is ignored).
     */
    CONTEXT
}
