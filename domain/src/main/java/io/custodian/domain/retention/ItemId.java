package io.custodian.domain.retention;

/** The id of a stored item within its tenant and kind (assigned by whoever writes it, e.g. an issue key). */
public record ItemId(String value) {

    public static final int MAX_LENGTH = 255;

    public ItemId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("item id must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("item id longer than " + MAX_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
