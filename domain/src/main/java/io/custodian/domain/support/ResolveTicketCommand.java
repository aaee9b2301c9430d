package io.custodian.domain.support;

import io.custodian.domain.access.StaffId;

import java.util.Objects;

/** A staff member resolves a ticket; the resolution time is the service's clock. */
public record ResolveTicketCommand(TicketId ticket, StaffId staff) {

    public ResolveTicketCommand {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(staff, "staff");
    }
}
