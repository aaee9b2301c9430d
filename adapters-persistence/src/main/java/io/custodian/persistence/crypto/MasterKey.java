package io.custodian.persistence.crypto;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * The deployment's master key (AES-256). It wraps every tenant's data key and is never stored in the database.
 * {@link #toString()} reveals nothing.
 */
public final class MasterKey {

    public static final int LENGTH_BYTES = 32;

    private final SecretKey key;

    private MasterKey(byte[] bytes) {
        if (bytes == null || bytes.length != LENGTH_BYTES) {
            throw new IllegalArgumentException("master key must be exactly " + LENGTH_BYTES + " bytes (AES-256), was "
                    + (bytes == null ? 0 : bytes.length));
        }
        this.key = new SecretKeySpec(bytes, "AES");
        Arrays.fill(bytes, (byte) 0);
    }

    public static MasterKey of(byte[] bytes) {
        return new MasterKey(bytes.clone());
    }

    /** Parses the base64 form (standard or URL-safe alphabet, surrounding blanks ignored). */
    public static MasterKey fromBase64(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("master key must not be empty");
        }
        var trimmed = text.strip();
        try {
            var bytes = trimmed.contains("-") || trimmed.contains("_")
                    ? Base64.getUrlDecoder().decode(trimmed)
                    : Base64.getDecoder().decode(trimmed);
            return new MasterKey(bytes);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("master key")) {
                throw e;
            }
            throw new IllegalArgumentException("master key is not valid base64", e);
        }
    }

    /** A new random key, e.g. for development. */
    public static MasterKey generate(SecureRandom random) {
        try {
            var generator = KeyGenerator.getInstance("AES");
            generator.init(LENGTH_BYTES * 8, random);
            return new MasterKey(generator.generateKey().getEncoded());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("AES is not available in this JDK", e);
        }
    }

    /** The base64 form, for writing a generated key to its file. */
    public String toBase64() {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    SecretKey secretKey() {
        return key;
    }

    @Override
    public String toString() {
        return "MasterKey[redacted]";
    }
}
