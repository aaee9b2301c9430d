package io.custodian.domain.custody;

import io.custodian.domain.audit.AuditEntry;

/** Out-port: the audit log, filtered and paged for staff (a read model over the audit trail). */
public interface AuditLogSearch {

    /**
     * The entries matching {@code filter} in chain order (ascending sequence): stable, since entries are only ever
     * appended at the end. {@code staff} matches entries whose actor is that staff member.
     */
    Page<AuditEntry> page(AuditLogFilter filter, PageRequest page);
}
