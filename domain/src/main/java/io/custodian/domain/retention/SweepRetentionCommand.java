package io.custodian.domain.retention;

import io.custodian.domain.tenant.ClientKey;

import java.util.Objects;
import java.util.Optional;

/** Run the retention sweep now, over every tenant or only one (e.g. right after a {@code PURGE_DUE} refusal). */
public record SweepRetentionCommand(Optional<ClientKey> onlyTenant) {

    public SweepRetentionCommand {
        Objects.requireNonNull(onlyTenant, "onlyTenant");
    }

    public static SweepRetentionCommand allTenants() {
        return new SweepRetentionCommand(Optional.empty());
    }

    public static SweepRetentionCommand tenant(ClientKey tenant) {
        return new SweepRetentionCommand(Optional.of(tenant));
    }
}
