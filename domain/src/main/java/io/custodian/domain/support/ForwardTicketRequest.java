package io.custodian.domain.support;

import java.util.Objects;

/** What a {@link TicketForwarder} sends: the local ticket's id (for the help desk's agents) and the report. */
public record ForwardTicketRequest(TicketId ticket, ProblemReport report) {

    public ForwardTicketRequest {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(report, "report");
    }
}
