package io.custodian.domain.custody;

import io.custodian.domain.audit.AuditTrail;
import io.custodian.domain.audit.InMemoryAuditTrail;

class InMemoryAuditLogSearchTest extends AuditLogSearchContract {

    private final InMemoryAuditTrail trail = new InMemoryAuditTrail();

    @Override
    protected AuditTrail trail() {
        return trail;
    }

    @Override
    protected AuditLogSearch search() {
        return new InMemoryAuditLogSearch(trail);
    }
}
