package io.custodian.desktop.api;

import java.util.List;
import java.util.Objects;

/**
 * The server's answer to {@code GET /health}, both with HTTP 200 and with 503.
 *
 * <p>Only {@code status} is required; text fields the server leaves out are {@code null}
 * and a missing check list is empty.
 */
public record ServerHealth(
        HealthStatus status,
        String name,
        String version,
        String dataLocation,
        HealthStatus liveness,
        HealthStatus readiness,
        List<HealthCheck> checks) {

    public ServerHealth {
        Objects.requireNonNull(status, "status");
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    public boolean isUp() {
        return status == HealthStatus.UP;
    }

    /** Names of the checks that do not report UP, in the server's order. */
    public List<String> failingCheckNames() {
        return checks.stream().filter(check -> !check.isUp()).map(HealthCheck::name).toList();
    }
}
