package io.custodian.domain.custody;

import io.custodian.domain.access.StaffId;
import io.custodian.domain.receipt.TenantPseudonym;

import java.util.Objects;
import java.util.Optional;

/** Which audit entries to list: all, or only those about one tenant (by pseudonym), or by one staff member, or both. */
public record AuditLogFilter(Optional<TenantPseudonym> tenant, Optional<StaffId> staff) {

    public static final AuditLogFilter ALL = new AuditLogFilter(Optional.empty(), Optional.empty());

    public AuditLogFilter {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(staff, "staff");
    }
}
