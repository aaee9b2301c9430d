package io.custodian.domain.tenant;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Fake {@link SecretCipher} with real AES-GCM from the JDK: one random key per tenant, kept in memory; the
 * client key is the associated data, so a value encrypted for one tenant does not decrypt for another.
 */
public final class InMemorySecretCipher implements SecretCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Map<ClientKey, SecretKey> keys = new HashMap<>();
    private final SecureRandom random = new SecureRandom();

    @Override
    public synchronized EncryptedSecret encrypt(ClientKey tenant, SharedSecret secret) {
        SecretKey key = keys.computeIfAbsent(tenant, ignored -> newKey());
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(tenant.value().getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret.value().getBytes(StandardCharsets.UTF_8));
            return new EncryptedSecret(ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    @Override
    public synchronized Optional<SharedSecret> decrypt(ClientKey tenant, EncryptedSecret secret) {
        SecretKey key = keys.get(tenant);
        byte[] bytes = secret.ciphertext();
        if (key == null || bytes.length <= NONCE_BYTES) {
            return Optional.empty();
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(tenant.value().getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length));
            return Optional.of(new SharedSecret(new String(plain, StandardCharsets.UTF_8)));
        } catch (javax.crypto.AEADBadTagException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    @Override
    public synchronized void destroyKey(ClientKey tenant) {
        keys.remove(tenant);
    }

    public synchronized boolean hasKey(ClientKey tenant) {
        return keys.containsKey(tenant);
    }

    private static SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES unavailable", e);
        }
    }
}
