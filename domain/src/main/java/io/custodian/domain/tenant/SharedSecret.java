package io.custodian.domain.tenant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A tenant's Connect shared secret in plain text, as it arrives in the {@code installed} callback. It exists only
 * in commands on the way to the {@link SecretCipher}; records keep an {@link EncryptedSecret}.
 * {@link #toString()} never reveals it.
 */
public record SharedSecret(String value) {

    public static final int MAX_LENGTH = 512;

    public SharedSecret {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("shared secret must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("shared secret longer than " + MAX_LENGTH + " characters");
        }
    }

    /** Compares in constant time. */
    public boolean matches(SharedSecret other) {
        return other != null && MessageDigest.isEqual(
                value.getBytes(StandardCharsets.UTF_8), other.value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SharedSecret secret && matches(secret);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "SharedSecret[redacted]";
    }
}
