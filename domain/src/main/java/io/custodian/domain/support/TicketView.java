package io.custodian.domain.support;

import io.custodian.domain.tenant.ClientKey;

import java.util.Objects;
import java.util.Optional;

/**
 * A ticket of Custodian's support desk as staff see it: its lifecycle, the problem reported, where it stands with the
 * external help desk, and its support bundle while that is stored.
 *
 * @param bundle empty once retention deleted the bundle (or when none was stored)
 */
public record TicketView(SupportTicket ticket, ProblemReport report, Forwarding forwarding,
                         Optional<BundleInfo> bundle) {

    public TicketView {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(forwarding, "forwarding");
        Objects.requireNonNull(bundle, "bundle");
    }

    public TicketId id() {
        return ticket.id();
    }

    public ClientKey tenant() {
        return ticket.tenant();
    }

    public TicketStatus status() {
        return ticket.status();
    }
}
