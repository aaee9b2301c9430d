package io.custodian.domain.access;

/**
 * Out-port: where every access decision (allowed or refused) is recorded. Implemented over the hash-chained
 * audit trail by {@code io.custodian.domain.audit.AuditTrailAccessLog}; declared here so that the access package
 * does not depend on the audit package (which depends on it).
 */
public interface AccessLog {

    void record(AccessEvent event);
}
