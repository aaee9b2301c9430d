package io.custodian.domain.support;

import io.custodian.domain.tenant.ClientKey;

import java.util.Objects;
import java.util.Optional;

/**
 * A page of the support desk's tickets, oldest opened first (then by id): the order is stable, and a page continues
 * after the {@code after} cursor of the previous one.
 *
 * @param status only tickets in this state; empty for all
 * @param tenant only this tenant's tickets; empty for all tenants
 * @param after  the previous page's {@link TicketPage#next()}; empty for the first page
 * @param limit  1 to {@value #MAX_LIMIT} tickets
 */
public record ListTicketsQuery(Optional<TicketStatus> status, Optional<ClientKey> tenant, Optional<TicketCursor> after,
                               int limit) {

    public static final int MAX_LIMIT = 200;
    public static final int DEFAULT_LIMIT = 50;

    public ListTicketsQuery {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(after, "after");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("page limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
    }

    /** The first page of {@value #DEFAULT_LIMIT} tickets in {@code status}, of all tenants. */
    public static ListTicketsQuery firstPage(TicketStatus status) {
        return new ListTicketsQuery(Optional.of(status), Optional.empty(), Optional.empty(), DEFAULT_LIMIT);
    }

    /** The first page of {@value #DEFAULT_LIMIT} tickets, of every state and tenant. */
    public static ListTicketsQuery firstPage() {
        return new ListTicketsQuery(Optional.empty(), Optional.empty(), Optional.empty(), DEFAULT_LIMIT);
    }

    /** The same filter, the page after {@code cursor}. */
    public ListTicketsQuery next(TicketCursor cursor) {
        return new ListTicketsQuery(status, tenant, Optional.of(cursor), limit);
    }
}
