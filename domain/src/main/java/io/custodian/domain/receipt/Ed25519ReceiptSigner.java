package io.custodian.domain.receipt;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Objects;

/**
 * {@link ReceiptSigner} with the JDK's Ed25519 ({@code Signature.getInstance("Ed25519")}). The private key is
 * handed in by whoever loads it (the server, from its configuration); this class never reads files or logs it.
 */
public final class Ed25519ReceiptSigner implements ReceiptSigner {

    public static final String ALGORITHM = "Ed25519";

    private final String keyId;
    private final PrivateKey privateKey;

    /** @throws IllegalArgumentException if {@code privateKey} is not an Ed25519 private key */
    public Ed25519ReceiptSigner(String keyId, PrivateKey privateKey) {
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        if (!ReceiptSignature.isValidKeyId(keyId)) {
            throw new IllegalArgumentException("invalid key id: " + keyId);
        }
        this.keyId = keyId;
        try {
            Signature.getInstance(ALGORITHM).initSign(privateKey);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("not an Ed25519 private key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK must provide " + ALGORITHM, e);
        }
    }

    @Override
    public ReceiptSignature sign(byte[] canonicalForm) {
        Objects.requireNonNull(canonicalForm, "canonicalForm");
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(canonicalForm);
            return ReceiptSignature.of(ALGORITHM, keyId, signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    @Override
    public String toString() {
        return "Ed25519ReceiptSigner[keyId=" + keyId + "]";
    }
}
