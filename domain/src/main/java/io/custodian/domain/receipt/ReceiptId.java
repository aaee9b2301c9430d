package io.custodian.domain.receipt;

import java.util.Objects;
import java.util.UUID;

/** Identity of a deletion receipt. */
public record ReceiptId(UUID value) {

    public ReceiptId {
        Objects.requireNonNull(value, "receipt id");
    }

    public static ReceiptId parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("receipt id must not be null");
        }
        UUID uuid = UUID.fromString(text);
        if (!uuid.toString().equals(text)) {
            throw new IllegalArgumentException("receipt id must be a lower-case canonical UUID: " + text);
        }
        return new ReceiptId(uuid);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
