package io.custodian.domain.custody;

import io.custodian.domain.audit.AuditEntry;

/**
 * In-port: the audit log for staff in service, in chain order. Entries name tenants only by pseudonym, so reading
 * them is not itself a read of tenant data and is not audited.
 */
public interface BrowseAuditLogUseCase {

    CustodyOutcome<Page<AuditEntry>> browse(BrowseAuditLogQuery query);
}
