package io.custodian.domain.custody;

import io.custodian.domain.access.StaffId;
import io.custodian.domain.support.TicketStatus;
import io.custodian.domain.tenant.ClientKey;

import java.util.Objects;
import java.util.Optional;

/** {@code staff} pages through the support desk's tickets, optionally only in {@code status} or of {@code tenant}. */
public record ListTicketQueueQuery(StaffId staff, Optional<TicketStatus> status, Optional<ClientKey> tenant,
                                   PageRequest page) {

    public ListTicketQueueQuery {
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(page, "page");
    }
}
