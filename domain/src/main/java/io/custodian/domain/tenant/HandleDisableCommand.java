package io.custodian.domain.tenant;

import java.util.Objects;

/** The Connect {@code disabled} callback for a tenant. */
public record HandleDisableCommand(ClientKey clientKey) {
    public HandleDisableCommand {
        Objects.requireNonNull(clientKey, "clientKey");
    }
}
