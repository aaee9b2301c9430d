package io.custodian.domain.tenant;

import java.util.Arrays;

/**
 * A secret encrypted by the {@link SecretCipher} under the tenant's own key (the persistence adapter stores
 * these bytes as they are). Only the cipher can turn it back into a {@link SharedSecret}; destroying the tenant's
 * key makes it unreadable. {@link #toString()} reveals neither the secret nor the ciphertext.
 */
public record EncryptedSecret(byte[] ciphertext) {

    public static final int MAX_LENGTH = 4096;

    public EncryptedSecret {
        if (ciphertext == null || ciphertext.length == 0) {
            throw new IllegalArgumentException("encrypted secret must not be empty");
        }
        if (ciphertext.length > MAX_LENGTH) {
            throw new IllegalArgumentException("encrypted secret longer than " + MAX_LENGTH + " bytes");
        }
        ciphertext = ciphertext.clone();
    }

    @Override
    public byte[] ciphertext() {
        return ciphertext.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EncryptedSecret secret && Arrays.equals(ciphertext, secret.ciphertext);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ciphertext);
    }

    @Override
    public String toString() {
        return "EncryptedSecret[" + ciphertext.length + " bytes, redacted]";
    }
}
