package io.custodian.domain.support;

/** The id of a support ticket in Custodian's support desk. */
public record TicketId(String value) {

    public static final int MAX_LENGTH = 64;

    public TicketId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("ticket id must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("ticket id longer than " + MAX_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
