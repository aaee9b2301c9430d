package io.custodian.domain.support;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * Where a page of the ticket list ends: the last ticket's opening time and id. The list's order is by opening time,
 * then id, so a cursor stays valid when tickets before it are deleted or new ones are opened after it. As text (a
 * query parameter): {@code <ISO-8601 instant>~<ticket id>}, e.g. {@code 2026-03-01T09:00:00Z~T-1}.
 */
public record TicketCursor(Instant openedAt, TicketId id) {

    private static final char SEPARATOR = '~';

    public TicketCursor {
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(id, "id");
    }

    /** The cursor after {@code ticket}. */
    public static TicketCursor after(SupportTicket ticket) {
        return new TicketCursor(ticket.openedAt(), ticket.id());
    }

    /** @throws IllegalArgumentException if {@code token} is not a cursor's {@link #token()} */
    public static TicketCursor parse(String token) {
        if (token == null) {
            throw new IllegalArgumentException("cursor must not be null");
        }
        int separator = token.indexOf(SEPARATOR);
        if (separator < 0) {
            throw new IllegalArgumentException("cursor must be <instant>~<ticket id>");
        }
        try {
            return new TicketCursor(Instant.parse(token.substring(0, separator)),
                    new TicketId(token.substring(separator + 1)));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("cursor must start with an ISO-8601 instant");
        }
    }

    public String token() {
        return DateTimeFormatter.ISO_INSTANT.format(openedAt) + SEPARATOR + id.value();
    }

    /** Is {@code ticket} after this cursor in the list's order? */
    public boolean isBefore(SupportTicket ticket) {
        int byTime = ticket.openedAt().compareTo(openedAt);
        return byTime > 0 || byTime == 0 && ticket.id().value().compareTo(id.value()) > 0;
    }

    @Override
    public String toString() {
        return token();
    }
}
