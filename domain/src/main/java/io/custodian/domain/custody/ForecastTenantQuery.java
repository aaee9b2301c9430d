package io.custodian.domain.custody;

import io.custodian.domain.access.Purpose;
import io.custodian.domain.access.StaffId;
import io.custodian.domain.tenant.ClientKey;

import java.util.Objects;
import java.util.Optional;

/** {@code staff} asks what of {@code tenant}'s data is deleted when over the next {@code days} days (1 to 366). */
public record ForecastTenantQuery(StaffId staff, ClientKey tenant, Optional<Purpose> purpose, int days) {

    public static final int MAX_DAYS = 366;
    public static final int DEFAULT_DAYS = 30;

    public ForecastTenantQuery {
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(purpose, "purpose");
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("forecast days must be between 1 and " + MAX_DAYS + ", was " + days);
        }
    }
}
