package io.custodian.domain.support;

class InMemoryTicketSinkTest extends TicketSinkContract {
    @Override
    protected TicketSink emptySink() {
        return new InMemoryTicketSink();
    }
}
