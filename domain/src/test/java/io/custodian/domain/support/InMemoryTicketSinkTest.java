package io.custodian.domain.support;

import io.custodian.domain.retention.InMemoryItems;

class InMemoryTicketSinkTest extends TicketSinkContract {
    @Override
    protected Desk emptyDesk() {
        InMemoryItems items = new InMemoryItems();
        return new Desk(new InMemoryTicketSink(items), items, items);
    }
}
