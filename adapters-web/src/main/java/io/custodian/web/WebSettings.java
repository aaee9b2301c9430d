package io.custodian.web;

import java.util.Objects;

/**
 * Where and how the web server listens.
 *
 * @param host            interface to bind, e.g. {@code 0.0.0.0} or {@code 127.0.0.1}
 * @param port            TCP port, {@code 0} picks a free ephemeral port (see {@link CustodianWebServer#port()})
 * @param maxRequestBytes largest accepted request body; larger bodies are refused with 413 {@code payload_too_large}
 */
public record WebSettings(String host, int port, long maxRequestBytes) {

    public WebSettings {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        if (maxRequestBytes <= 0) {
            throw new IllegalArgumentException("maxRequestBytes must be positive, was " + maxRequestBytes);
        }
    }
}
