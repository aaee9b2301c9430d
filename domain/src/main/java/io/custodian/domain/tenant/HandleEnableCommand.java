package io.custodian.domain.tenant;

import java.util.Objects;

/** The Connect {@code enabled} callback for a tenant. */
public record HandleEnableCommand(ClientKey clientKey) {
    public HandleEnableCommand {
        Objects.requireNonNull(clientKey, "clientKey");
    }
}
