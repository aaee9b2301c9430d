package io.custodian.web.connect.jwt;

import java.security.interfaces.RSAPublicKey;
import java.util.Optional;

/**
 * Source of the RSA public keys that verify Atlassian's signed {@code installed}/{@code uninstalled} callbacks, by the
 * JWT header's {@code kid}. Keys rotate by new key ids, so implementations may cache by key id forever.
 */
public interface InstallKeyProvider {

    /**
     * @param kid the key id from the JWT header, as sent (not validated)
     * @return the key, or empty when the key server does not know that key id (or it is not a plausible key id)
     * @throws InstallKeyUnavailableException when the key server cannot be asked or answers nonsense: the install
     *                                        should be retried later
     */
    Optional<RSAPublicKey> find(String kid);
}
