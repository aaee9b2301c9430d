package io.custodian.domain.support;

import io.custodian.domain.retention.InMemoryItems;
import io.custodian.domain.retention.ItemContent;
import io.custodian.domain.retention.StoredItem;
import io.custodian.domain.tenant.ClientKey;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Fake {@link TicketSink} over an {@link InMemoryItems}, as the jOOQ adapter works over the item tables: a ticket is
 * a {@code SUPPORT_TICKET} item there, so retention sees and deletes it; its report and forwarding are kept beside it
 * and count only while the item is stored. The bundle size comes from the ticket's {@code SUPPORT_BUNDLE} item.
 */
public final class InMemoryTicketSink implements TicketSink {

    private static final Comparator<SupportTicket> DESK_ORDER = Comparator.comparing(SupportTicket::openedAt)
            .thenComparing(ticket -> ticket.id().value());

    private record Details(ClientKey tenant, ProblemReport report, Forwarding forwarding) {
    }

    private final InMemoryItems items;
    private final Map<TicketId, Details> details = new LinkedHashMap<>();

    public InMemoryTicketSink(InMemoryItems items) {
        this.items = Objects.requireNonNull(items, "items");
    }

    public InMemoryTicketSink() {
        this(new InMemoryItems());
    }

    public InMemoryItems items() {
        return items;
    }

    @Override
    public synchronized void open(SupportTicket ticket, ProblemReport report, Forwarding forwarding) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(forwarding, "forwarding");
        if (find(ticket.id()).isPresent()) {
            throw new IllegalArgumentException("ticket " + ticket.id() + " is already open");
        }
        items.save(ticket.asStoredItem(), new ItemContent(new byte[0]));
        details.put(ticket.id(), new Details(ticket.tenant(), report, forwarding));
    }

    @Override
    public synchronized void update(SupportTicket ticket) {
        Optional<SupportTicket> current = find(ticket.id());
        if (current.isPresent() && current.get().tenant().equals(ticket.tenant())) {
            items.put(ticket.asStoredItem());
        }
    }

    @Override
    public synchronized void recordForwarding(TicketId id, Forwarding forwarding) {
        Objects.requireNonNull(forwarding, "forwarding");
        if (find(id).isPresent()) {
            Details current = details.get(id);
            details.put(id, new Details(current.tenant(), current.report(), forwarding));
        }
    }

    @Override
    public synchronized Optional<SupportTicket> find(TicketId id) {
        Details known = details.get(id);
        if (known == null) {
            return Optional.empty();
        }
        return items.find(SupportTicket.itemRef(known.tenant(), id)).map(item -> ticketOf(id, item));
    }

    @Override
    public synchronized Optional<TicketView> view(TicketId id) {
        return find(id).map(this::viewOf);
    }

    @Override
    public synchronized List<TicketView> list(Optional<TicketStatus> status, Optional<ClientKey> tenant,
                                              Optional<TicketCursor> after, int limit) {
        if (limit < 1 || limit > MAX_LIST_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIST_LIMIT + ", was " + limit);
        }
        return matching(status, tenant)
                .filter(ticket -> after.map(cursor -> cursor.isBefore(ticket)).orElse(true))
                .sorted(DESK_ORDER)
                .limit(limit)
                .map(this::viewOf)
                .toList();
    }

    @Override
    public synchronized long count(Optional<TicketStatus> status, Optional<ClientKey> tenant) {
        return matching(status, tenant).count();
    }

    private Stream<SupportTicket> matching(Optional<TicketStatus> status, Optional<ClientKey> tenant) {
        return details.keySet().stream()
                .map(this::find)
                .flatMap(Optional::stream)
                .filter(ticket -> status.map(wanted -> ticket.status() == wanted).orElse(true))
                .filter(ticket -> tenant.map(wanted -> ticket.tenant().equals(wanted)).orElse(true));
    }

    private TicketView viewOf(SupportTicket ticket) {
        Details known = details.get(ticket.id());
        Optional<BundleInfo> bundle = items.find(SupportBundles.ref(ticket.tenant(), ticket.id()))
                .map(item -> new BundleInfo(items.content(item.ref()).map(ItemContent::size).orElse(0),
                        item.lastWrittenAt()));
        return new TicketView(ticket, known.report(), known.forwarding(), bundle);
    }

    private static SupportTicket ticketOf(TicketId id, StoredItem item) {
        return new SupportTicket(id, item.tenant(),
                item.resolvedAt().isPresent() ? TicketStatus.RESOLVED : TicketStatus.OPEN, item.lastWrittenAt(),
                item.resolvedAt());
    }
}
