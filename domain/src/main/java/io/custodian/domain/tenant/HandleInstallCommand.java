package io.custodian.domain.tenant;

import java.util.Objects;

/**
 * The Connect {@code installed} callback.
 *
 * @param signatureVerified the web adapter verified the callback's JWT as signed by Atlassian; an unverified
 *                          install is refused
 */
public record HandleInstallCommand(ClientKey clientKey, AccountData account, SharedSecret sharedSecret,
                                   boolean signatureVerified) {
    public HandleInstallCommand {
        Objects.requireNonNull(clientKey, "clientKey");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(sharedSecret, "sharedSecret");
    }
}
