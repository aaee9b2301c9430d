package io.custodian.desktop.api;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Health status as reported by the server; a value this client does not know reads as {@link #UNKNOWN}. */
public enum HealthStatus {
    UP,
    DOWN,
    @JsonEnumDefaultValue
    UNKNOWN
}
