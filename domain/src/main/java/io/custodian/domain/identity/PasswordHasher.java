package io.custodian.domain.identity;

/**
 * Out-port: turns passwords into salted, deliberately slow hashes and checks passwords against them. The adapter is
 * Argon2id.
 */
public interface PasswordHasher {

    /** A new hash of {@code password} under a new random salt: hashing the same password twice gives two hashes. */
    PasswordHash hash(Password password);

    /**
     * Does {@code password} match {@code hash}? False, never an exception, for a hash this hasher cannot read (another
     * algorithm, corrupted).
     */
    boolean verify(Password password, PasswordHash hash);
}
