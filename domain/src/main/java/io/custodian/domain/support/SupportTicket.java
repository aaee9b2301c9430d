package io.custodian.domain.support;

import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.retention.ItemId;
import io.custodian.domain.retention.ItemRef;
import io.custodian.domain.retention.StoredItem;
import io.custodian.domain.tenant.ClientKey;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A support ticket opened by a problem report. Support Data is deleted the support retention period after the
 * ticket was resolved, at the latest at the tenant's purge (see the data map).
 *
 * @param resolvedAt present exactly when RESOLVED; not before {@code openedAt}
 */
public record SupportTicket(TicketId id, ClientKey tenant, TicketStatus status, Instant openedAt,
                            Optional<Instant> resolvedAt) {

    public SupportTicket {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(resolvedAt, "resolvedAt");
        switch (status) {
            case OPEN -> {
                if (resolvedAt.isPresent()) {
                    throw new IllegalArgumentException("an open ticket has no resolution time");
                }
            }
            case RESOLVED -> {
                if (resolvedAt.isEmpty()) {
                    throw new IllegalArgumentException("a resolved ticket needs its resolution time");
                }
                if (resolvedAt.get().isBefore(openedAt)) {
                    throw new IllegalArgumentException("a ticket cannot be resolved before it was opened");
                }
            }
        }
    }

    public static SupportTicket open(TicketId id, ClientKey tenant, Instant now) {
        return new SupportTicket(id, tenant, TicketStatus.OPEN, now, Optional.empty());
    }

    /** Resolved at {@code now}; resolving an already resolved ticket keeps its first resolution time. */
    public SupportTicket resolve(Instant now) {
        return switch (status) {
            case OPEN -> new SupportTicket(id, tenant, TicketStatus.RESOLVED, openedAt, Optional.of(now));
            case RESOLVED -> this;
        };
    }

    /** The ticket as retention sees it: an item of kind {@link ItemKind#SUPPORT_TICKET}. */
    public StoredItem asStoredItem() {
        return new StoredItem(itemRef(tenant, id), Optional.empty(), openedAt, resolvedAt);
    }

    /** The item a ticket is stored as: kind {@link ItemKind#SUPPORT_TICKET}, item id = ticket id. */
    public static ItemRef itemRef(ClientKey tenant, TicketId id) {
        return new ItemRef(tenant, ItemKind.SUPPORT_TICKET, new ItemId(id.value()));
    }
}
