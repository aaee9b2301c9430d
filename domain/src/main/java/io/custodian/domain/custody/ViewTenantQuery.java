package io.custodian.domain.custody;

import io.custodian.domain.access.Purpose;
import io.custodian.domain.access.StaffId;
import io.custodian.domain.tenant.ClientKey;

import java.util.Objects;
import java.util.Optional;

/** {@code staff} asks to see {@code tenant}'s account data and inventory for {@code purpose} (empty: none stated). */
public record ViewTenantQuery(StaffId staff, ClientKey tenant, Optional<Purpose> purpose) {

    public ViewTenantQuery {
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(purpose, "purpose");
    }
}
