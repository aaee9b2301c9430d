package io.custodian.web;

import java.util.Objects;

/**
 * What {@code GET /health} reports about this deployment.
 *
 * @param name         product name, e.g. {@code Custodian}
 * @param version      build version, e.g. {@code 0.1.0-SNAPSHOT}
 * @param dataLocation where customer data is held, e.g. {@code Roubaix, France}
 */
public record ServiceInfo(String name, String version, String dataLocation) {

    public ServiceInfo {
        requireText(name, "name");
        requireText(version, "version");
        requireText(dataLocation, "dataLocation");
    }

    private static void requireText(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}
