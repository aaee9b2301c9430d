package io.custodian.domain.deletion;

import java.util.Objects;
import java.util.UUID;

/** Identity of an early-deletion request; named on its receipt as the trigger's reference. */
public record DeletionRequestId(UUID value) {

    public DeletionRequestId {
        Objects.requireNonNull(value, "deletion request id");
    }

    public static DeletionRequestId parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("deletion request id must not be null");
        }
        UUID uuid = UUID.fromString(text);
        if (!uuid.toString().equals(text)) {
            throw new IllegalArgumentException("deletion request id must be a lower-case canonical UUID: " + text);
        }
        return new DeletionRequestId(uuid);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
