package io.custodian.domain.appdata;

import io.custodian.domain.tenant.ClientKey;

import java.util.Objects;

/** Which configuration document to read. */
public record FindConfigurationQuery(ClientKey tenant, ConfigurationName name) {

    public FindConfigurationQuery {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(name, "name");
    }
}
