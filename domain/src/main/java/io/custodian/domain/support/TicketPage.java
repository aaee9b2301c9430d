package io.custodian.domain.support;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A page of tickets.
 *
 * @param next  the cursor for the following page; empty on the last page
 * @param total how many tickets match the filter, on every page
 */
public record TicketPage(List<TicketView> tickets, Optional<TicketCursor> next, long total) {

    public TicketPage {
        tickets = List.copyOf(tickets);
        Objects.requireNonNull(next, "next");
        if (total < tickets.size()) {
            throw new IllegalArgumentException("total " + total + " is less than the page's " + tickets.size());
        }
    }
}
