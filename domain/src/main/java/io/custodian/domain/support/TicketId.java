package io.custodian.domain.support;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of a support ticket in Custodian's support desk, unique across tenants. It is also the item id of the
 * ticket and of its support bundle, a support-ticket purpose ({@code Purpose.SupportTicket}) and an audit subject, so
 * it is a safe id: letters, digits and {@code . _ : -}, starting with a letter or digit, at most 64 characters.
 */
public record TicketId(String value) {

    public static final int MAX_LENGTH = 64;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]*");

    public TicketId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("ticket id must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("ticket id longer than " + MAX_LENGTH + " characters");
        }
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "ticket id may hold only letters, digits and '.', '_', ':', '-', starting with a letter or digit");
        }
    }

    /** A ticket id from a random UUID (the production generator). */
    public static TicketId of(UUID uuid) {
        return new TicketId(uuid.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
