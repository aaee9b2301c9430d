package io.custodian.domain.appdata;

import io.custodian.domain.retention.ItemContent;
import io.custodian.domain.tenant.ClientKey;

import java.util.Objects;

/** The customer saves a configuration document under a name, replacing any document of that name. */
public record PutConfigurationCommand(ClientKey tenant, ConfigurationName name, ItemContent content) {

    public PutConfigurationCommand {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
    }
}
