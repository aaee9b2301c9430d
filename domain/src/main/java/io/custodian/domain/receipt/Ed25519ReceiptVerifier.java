package io.custodian.domain.receipt;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.util.Map;
import java.util.Objects;

/** {@link ReceiptVerifier} with the JDK's Ed25519, over a fixed set of trusted public keys by key id. */
public final class Ed25519ReceiptVerifier implements ReceiptVerifier {

    private final Map<String, PublicKey> trustedKeys;

    /**
     * @param trustedKeys public keys by key id (current and retired keys, so old receipts still verify)
     * @throws IllegalArgumentException if a key is not an Ed25519 public key
     */
    public Ed25519ReceiptVerifier(Map<String, PublicKey> trustedKeys) {
        this.trustedKeys = Map.copyOf(Objects.requireNonNull(trustedKeys, "trustedKeys"));
        this.trustedKeys.forEach((keyId, key) -> {
            try {
                Signature.getInstance(Ed25519ReceiptSigner.ALGORITHM).initVerify(key);
            } catch (InvalidKeyException e) {
                throw new IllegalArgumentException("key " + keyId + " is not an Ed25519 public key", e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the JDK must provide Ed25519", e);
            }
        });
    }

    public static Ed25519ReceiptVerifier trusting(String keyId, PublicKey publicKey) {
        return new Ed25519ReceiptVerifier(Map.of(keyId, publicKey));
    }

    @Override
    public SignatureCheck verify(byte[] canonicalForm, ReceiptSignature signature) {
        Objects.requireNonNull(canonicalForm, "canonicalForm");
        Objects.requireNonNull(signature, "signature");
        if (!Ed25519ReceiptSigner.ALGORITHM.equals(signature.algorithm())) {
            return new SignatureCheck.Invalid("unsupported signature algorithm " + signature.algorithm());
        }
        PublicKey key = trustedKeys.get(signature.keyId());
        if (key == null) {
            return new SignatureCheck.Invalid("unknown signing key " + signature.keyId());
        }
        try {
            Signature verifier = Signature.getInstance(Ed25519ReceiptSigner.ALGORITHM);
            verifier.initVerify(key);
            verifier.update(canonicalForm);
            return verifier.verify(signature.bytes())
                    ? SignatureCheck.VALID
                    : new SignatureCheck.Invalid("signature does not match the receipt");
        } catch (SignatureException e) {
            return new SignatureCheck.Invalid("malformed signature");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 verification failed", e);
        }
    }
}
