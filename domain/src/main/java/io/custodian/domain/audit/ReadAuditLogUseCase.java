package io.custodian.domain.audit;

import java.util.List;

/** In-port: page through the audit log (the desktop client's audit view). */
public interface ReadAuditLogUseCase {

    List<AuditEntry> page(AuditPageQuery query);
}
