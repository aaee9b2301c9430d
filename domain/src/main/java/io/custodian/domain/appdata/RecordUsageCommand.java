package io.custodian.domain.appdata;

import io.custodian.domain.tenant.ClientKey;

import java.util.List;
import java.util.Objects;

/** The add-on reports a batch of usage events of the tenant. */
public record RecordUsageCommand(ClientKey tenant, List<UsageEvent> events) {

    public RecordUsageCommand {
        Objects.requireNonNull(tenant, "tenant");
        events = List.copyOf(events);
    }
}
