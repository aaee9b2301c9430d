package io.custodian.domain.appdata;

import io.custodian.domain.tenant.ClientKey;

import java.util.Objects;

/** The customer deletes a configuration document. */
public record DeleteConfigurationCommand(ClientKey tenant, ConfigurationName name) {

    public DeleteConfigurationCommand {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(name, "name");
    }
}
