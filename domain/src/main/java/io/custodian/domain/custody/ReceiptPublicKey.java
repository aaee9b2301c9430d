package io.custodian.domain.custody;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * The public key that verifies this deployment's deletion receipts, as published to auditors: its key id, the
 * signature algorithm, and the key in X.509 {@code SubjectPublicKeyInfo} DER encoding.
 */
public record ReceiptPublicKey(String keyId, String algorithm, byte[] encoded) {

    public ReceiptPublicKey {
        if (keyId == null || keyId.isBlank()) {
            throw new IllegalArgumentException("a public key needs its key id");
        }
        if (algorithm == null || algorithm.isBlank()) {
            throw new IllegalArgumentException("a public key needs its algorithm");
        }
        Objects.requireNonNull(encoded, "encoded");
        if (encoded.length == 0) {
            throw new IllegalArgumentException("the encoded public key must not be empty");
        }
        encoded = encoded.clone();
    }

    @Override
    public byte[] encoded() {
        return encoded.clone();
    }

    /** The key in PEM form ({@code -----BEGIN PUBLIC KEY-----}, Base64 lines of 64 characters). */
    public String pem() {
        String body = Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(encoded);
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReceiptPublicKey key && keyId.equals(key.keyId) && algorithm.equals(key.algorithm)
                && Arrays.equals(encoded, key.encoded);
    }

    @Override
    public int hashCode() {
        return Objects.hash(keyId, algorithm, Arrays.hashCode(encoded));
    }

    @Override
    public String toString() {
        return "ReceiptPublicKey[keyId=" + keyId + ", algorithm=" + algorithm + "]";
    }
}
