package io.custodian.domain.audit;

class InMemoryAuditTrailTest extends AuditTrailContract {

    @Override
    protected AuditTrail newTrail() {
        return new InMemoryAuditTrail();
    }
}
