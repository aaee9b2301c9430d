package io.custodian.domain.access;

import java.util.Objects;
import java.util.UUID;

/** Identity of a staff account; stable across renames and login changes. */
public record StaffId(UUID value) {

    public StaffId {
        Objects.requireNonNull(value, "staff id");
    }

    /** Parses the canonical UUID text form; throws {@link IllegalArgumentException} on anything else. */
    public static StaffId parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("staff id must not be null");
        }
        UUID uuid = UUID.fromString(text);
        if (!uuid.toString().equals(text)) {
            throw new IllegalArgumentException("staff id must be a lower-case canonical UUID: " + text);
        }
        return new StaffId(uuid);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
