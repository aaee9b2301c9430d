package io.custodian.domain.audit;

/** In-port: record an action in the audit log. */
public interface RecordAuditEntryUseCase {

    /** Appends the entry and returns it as chained. */
    AuditEntry record(RecordAuditEntryCommand command);
}
