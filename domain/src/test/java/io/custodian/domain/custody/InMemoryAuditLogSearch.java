package io.custodian.domain.custody;

import io.custodian.domain.audit.Actor;
import io.custodian.domain.audit.AuditEntry;
import io.custodian.domain.audit.AuditTrail;

import java.util.List;
import java.util.stream.Stream;

/** Fake {@link AuditLogSearch} streaming any {@link AuditTrail}. */
public final class InMemoryAuditLogSearch implements AuditLogSearch {

    private final AuditTrail trail;

    public InMemoryAuditLogSearch(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public Page<AuditEntry> page(AuditLogFilter filter, PageRequest page) {
        try (Stream<AuditEntry> entries = trail.streamAll()) {
            List<AuditEntry> matching = entries
                    .filter(entry -> filter.tenant().map(tenant -> entry.content().tenant().equals(
                            java.util.Optional.of(tenant))).orElse(true))
                    .filter(entry -> filter.staff().map(staff -> entry.content().actor().equals(Actor.staff(staff)))
                            .orElse(true))
                    .toList();
            return Page.of(matching, page);
        }
    }
}
