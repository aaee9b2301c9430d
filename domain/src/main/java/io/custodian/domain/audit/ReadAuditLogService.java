package io.custodian.domain.audit;

import java.util.List;
import java.util.Objects;

/** Reads pages straight from the trail. */
public final class ReadAuditLogService implements ReadAuditLogUseCase {

    private final AuditTrail trail;

    public ReadAuditLogService(AuditTrail trail) {
        this.trail = Objects.requireNonNull(trail, "trail");
    }

    @Override
    public List<AuditEntry> page(AuditPageQuery query) {
        return trail.page(Objects.requireNonNull(query, "query"));
    }
}
