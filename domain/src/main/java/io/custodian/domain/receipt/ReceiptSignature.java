package io.custodian.domain.receipt;

import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A signature over a receipt's canonical form.
 *
 * @param algorithm the JCA signature algorithm, e.g. {@code "Ed25519"}
 * @param keyId     names the key pair, so that a verifier can pick the public key (and keys can rotate)
 * @param value     the signature bytes, standard Base64 with padding
 */
public record ReceiptSignature(String algorithm, String keyId, String value) {

    private static final Pattern ALGORITHM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_./-]{0,31}");
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}");

    public ReceiptSignature {
        if (algorithm == null || !ALGORITHM.matcher(algorithm).matches()) {
            throw new IllegalArgumentException("invalid signature algorithm name: " + algorithm);
        }
        if (!isValidKeyId(keyId)) {
            throw new IllegalArgumentException("invalid key id: " + keyId);
        }
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("signature value must not be empty");
        }
        try {
            Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("signature value is not Base64", e);
        }
    }

    /** Is {@code keyId} acceptable as a key id (letters, digits, {@code _ . : -}, at most 128 characters)? */
    public static boolean isValidKeyId(String keyId) {
        return keyId != null && KEY_ID.matcher(keyId).matches();
    }

    public static ReceiptSignature of(String algorithm, String keyId, byte[] signature) {
        return new ReceiptSignature(algorithm, keyId, Base64.getEncoder().encodeToString(signature));
    }

    /** The signature bytes (a fresh copy). */
    public byte[] bytes() {
        return Base64.getDecoder().decode(value);
    }
}
