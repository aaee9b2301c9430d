package io.custodian.domain.tenant;

import java.util.Collection;
import java.util.Optional;

/**
 * Out-port: encrypts tenant secrets under a per-tenant key and destroys that key at purge, so that a purged
 * tenant's secrets are unreadable even in backups (crypto-shredding). The adapter uses AES-GCM with keys derived
 * from or wrapped by the master key in the server configuration; it never logs a secret.
 */
public interface SecretCipher {

    /** Encrypts under the tenant's key, creating the key if the tenant has none (yet, or since it was destroyed). */
    EncryptedSecret encrypt(ClientKey tenant, SharedSecret secret);

    /** The plain secret; empty when the tenant's key was destroyed or the value was not encrypted for this tenant. */
    Optional<SharedSecret> decrypt(ClientKey tenant, EncryptedSecret secret);

    /** Destroys the tenant's key; everything encrypted under it becomes unreadable. Does nothing if there is none. */
    void destroyKey(ClientKey tenant);

    /** Destroys the keys of {@code tenants}, as {@link #destroyKey} does for each (one statement in the adapter). */
    default void destroyKeys(Collection<ClientKey> tenants) {
        tenants.forEach(this::destroyKey);
    }
}
