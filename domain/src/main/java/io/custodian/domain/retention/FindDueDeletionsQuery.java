package io.custodian.domain.retention;

import io.custodian.domain.tenant.ClientKey;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** What is due for deletion at {@code at} (past or future, assuming no further writes), for all tenants or one. */
public record FindDueDeletionsQuery(Instant at, Optional<ClientKey> onlyTenant) {
    public FindDueDeletionsQuery {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(onlyTenant, "onlyTenant");
    }
}
