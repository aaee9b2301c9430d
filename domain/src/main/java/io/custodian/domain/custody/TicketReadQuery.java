package io.custodian.domain.custody;

import io.custodian.domain.access.Purpose;
import io.custodian.domain.access.StaffId;
import io.custodian.domain.support.TicketId;

import java.util.Objects;
import java.util.Optional;

/** {@code staff} asks to read ticket {@code ticket} (its report, or its bundle) for {@code purpose} (empty: none stated). */
public record TicketReadQuery(StaffId staff, TicketId ticket, Optional<Purpose> purpose) {

    public TicketReadQuery {
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(purpose, "purpose");
    }
}
