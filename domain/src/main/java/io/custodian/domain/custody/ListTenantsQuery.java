package io.custodian.domain.custody;

import io.custodian.domain.access.StaffId;
import io.custodian.domain.tenant.TenantState;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code staff} lists the tenants of this deployment, optionally only in {@code state} or matching {@code text} (see
 * {@link TenantFilter}).
 */
public record ListTenantsQuery(StaffId staff, Optional<TenantState> state, Optional<String> text, PageRequest page) {

    public ListTenantsQuery {
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(state, "state");
        text = TenantFilter.searchText(text);
        Objects.requireNonNull(page, "page");
    }
}
