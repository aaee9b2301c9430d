package io.custodian.domain.identity;

/**
 * A password as the {@link PasswordHasher} encodes it: algorithm, parameters, salt and hash in one string (for
 * Argon2id the PHC form {@code $argon2id$v=19$m=...,t=...,p=...$salt$hash}). Not a secret in itself, but an offline
 * guessing target: {@link #toString()} does not show it.
 */
public record PasswordHash(String encoded) {

    public static final int MAX_LENGTH = 512;

    public PasswordHash {
        if (encoded == null || encoded.isBlank()) {
            throw new IllegalArgumentException("a password hash must not be blank");
        }
        if (encoded.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a password hash has at most " + MAX_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        return "PasswordHash[redacted]";
    }
}
