package io.custodian.domain.audit;

import java.util.List;

/** In-port: record an action in the audit log. */
public interface RecordAuditEntryUseCase {

    /** Appends the entry and returns it as chained. */
    AuditEntry record(RecordAuditEntryCommand command);

    /** Appends the entries in order, consecutively in the chain, and returns them as chained. */
    default List<AuditEntry> recordAll(List<RecordAuditEntryCommand> commands) {
        return commands.stream().map(this::record).toList();
    }
}
