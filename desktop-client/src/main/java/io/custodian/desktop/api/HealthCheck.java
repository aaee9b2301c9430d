package io.custodian.desktop.api;

import java.util.Objects;

/** One named check inside the server's health answer, e.g. {@code database}. */
public record HealthCheck(String name, HealthStatus status) {

    public HealthCheck {
        Objects.requireNonNull(name, "name");
        status = status == null ? HealthStatus.UNKNOWN : status;
    }

    public boolean isUp() {
        return status == HealthStatus.UP;
    }
}
