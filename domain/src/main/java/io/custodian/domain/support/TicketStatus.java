package io.custodian.domain.support;

public enum TicketStatus {
    OPEN,
    RESOLVED
}
