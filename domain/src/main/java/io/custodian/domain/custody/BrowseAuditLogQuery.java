package io.custodian.domain.custody;

import io.custodian.domain.access.StaffId;
import io.custodian.domain.tenant.ClientKey;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code staff} pages through the audit log, optionally only the entries about {@code tenant} (given by client key,
 * matched by its pseudonym) or those by {@code actor}.
 */
public record BrowseAuditLogQuery(StaffId staff, Optional<ClientKey> tenant, Optional<StaffId> actor, PageRequest page) {

    public BrowseAuditLogQuery {
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(page, "page");
    }
}
