package io.custodian.domain.tenant;

import java.util.Objects;

/** The Connect {@code uninstalled} callback for a tenant. */
public record HandleUninstallCommand(ClientKey clientKey) {
    public HandleUninstallCommand {
        Objects.requireNonNull(clientKey, "clientKey");
    }
}
