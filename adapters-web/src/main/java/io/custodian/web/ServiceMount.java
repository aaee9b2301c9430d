package io.custodian.web;

import java.util.Objects;

import io.helidon.webserver.http.HttpService;

/**
 * An {@link HttpService} and the path prefix it is registered under, e.g. {@code /staff/v1}.
 *
 * @param pathPrefix absolute path starting with {@code /}, without a trailing {@code /} and outside {@code /health}
 * @param service    the service; its rules are relative to the prefix
 */
public record ServiceMount(String pathPrefix, HttpService service) {

    public ServiceMount {
        Objects.requireNonNull(pathPrefix, "pathPrefix");
        Objects.requireNonNull(service, "service");
        if (!pathPrefix.startsWith("/")) {
            throw new IllegalArgumentException("pathPrefix must start with '/': " + pathPrefix);
        }
        if (pathPrefix.length() > 1 && pathPrefix.endsWith("/")) {
            throw new IllegalArgumentException("pathPrefix must not end with '/': " + pathPrefix);
        }
        if (pathPrefix.chars().anyMatch(c -> Character.isWhitespace(c) || c == '?' || c == '#')) {
            throw new IllegalArgumentException("pathPrefix must be a plain path: " + pathPrefix);
        }
        if (pathPrefix.equals("/health") || pathPrefix.startsWith("/health/")) {
            throw new IllegalArgumentException("/health is reserved for the health endpoints: " + pathPrefix);
        }
    }
}
