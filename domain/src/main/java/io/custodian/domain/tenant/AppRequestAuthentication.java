package io.custodian.domain.tenant;

import java.util.Optional;

/**
 * In-port: the credentials of the tenant a Connect JWT claims to come from ({@code iss} = client key), for app
 * requests and the HS256-signed {@code enabled}/{@code disabled} callbacks. Returned for every installed tenant that
 * is not purged, whatever its state (an {@code enabled} callback comes from a DISABLED tenant); the web adapter checks
 * {@link TenantCredentials#refusal()} after it has verified the signature.
 */
public interface AppRequestAuthentication {

    /**
     * @return empty when there is no installation for the client key, it is purged, or its secret cannot be
     *         decrypted any more (key destroyed): a JWT claiming to come from it cannot be verified
     */
    Optional<TenantCredentials> credentials(ClientKey clientKey);
}
