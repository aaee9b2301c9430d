package io.custodian.domain.support;

import io.custodian.domain.access.StaffId;

import java.util.Objects;

/** A staff member downloads a ticket's support bundle. */
public record DownloadBundleCommand(TicketId ticket, StaffId staff) {

    public DownloadBundleCommand {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(staff, "staff");
    }
}
