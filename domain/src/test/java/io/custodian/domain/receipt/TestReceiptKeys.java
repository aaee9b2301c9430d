package io.custodian.domain.receipt;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;

/** Fake receipt signing for tests: a fresh JDK Ed25519 key pair per call, no configuration, no files. */
public final class TestReceiptKeys {

    private TestReceiptKeys() {
    }

    public static KeyPair newEd25519KeyPair() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An Ed25519 signer under {@code keyId} and a verifier trusting exactly that key. */
    public static SigningPair newSigningPair(String keyId) {
        KeyPair keys = newEd25519KeyPair();
        return new SigningPair(new Ed25519ReceiptSigner(keyId, keys.getPrivate()),
                Ed25519ReceiptVerifier.trusting(keyId, keys.getPublic()));
    }
}
