package io.custodian.domain.access;

import io.custodian.domain.datamap.Category;
import io.custodian.domain.location.DataLocation;

import java.util.Objects;
import java.util.Optional;

/**
 * A staff member asks to read {@code category} data of a tenant.
 *
 * @param tenantLocation the location the tenant is pinned to
 * @param purpose        the stated purpose; empty when the request stated none (refused)
 */
public record AuthoriseTenantReadCommand(
        StaffId staff,
        TenantStatus tenant,
        DataLocation tenantLocation,
        Category category,
        Optional<Purpose> purpose) {

    public AuthoriseTenantReadCommand {
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(tenantLocation, "tenantLocation");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(purpose, "purpose");
    }
}
