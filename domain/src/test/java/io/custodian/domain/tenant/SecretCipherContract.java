package io.custodian.domain.tenant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract of {@link SecretCipher}, run against the fake here and the real cipher there. */
public abstract class SecretCipherContract {

    private static final ClientKey TENANT = new ClientKey("tenant-a");
    private static final SharedSecret SECRET = new SharedSecret("a-very-secret-shared-secret");

    private SecretCipher cipher;

    protected abstract SecretCipher newCipher();

    @BeforeEach
    void createCipher() {
        cipher = newCipher();
    }

    @Test
    void decrypts_what_it_encrypted_for_the_same_tenant() {
        EncryptedSecret encrypted = cipher.encrypt(TENANT, SECRET);
        assertThat(cipher.decrypt(TENANT, encrypted)).contains(SECRET);
    }

    @Test
    void the_ciphertext_does_not_contain_the_secret() {
        EncryptedSecret encrypted = cipher.encrypt(TENANT, SECRET);
        assertThat(new String(encrypted.ciphertext(), StandardCharsets.ISO_8859_1)).doesNotContain(SECRET.value());
        assertThat(encrypted.toString()).doesNotContain(SECRET.value());
    }

    @Test
    void a_value_encrypted_for_one_tenant_does_not_decrypt_for_another() {
        ClientKey other = new ClientKey("tenant-b");
        cipher.encrypt(other, new SharedSecret("other-secret"));
        EncryptedSecret encrypted = cipher.encrypt(TENANT, SECRET);
        assertThat(cipher.decrypt(other, encrypted)).isEmpty();
    }

    @Test
    void after_the_key_is_destroyed_nothing_decrypts() {
        EncryptedSecret encrypted = cipher.encrypt(TENANT, SECRET);
        cipher.destroyKey(TENANT);
        assertThat(cipher.decrypt(TENANT, encrypted)).isEmpty();
    }

    @Test
    void a_tenant_gets_a_new_key_after_its_old_one_was_destroyed() {
        EncryptedSecret before = cipher.encrypt(TENANT, SECRET);
        cipher.destroyKey(TENANT);
        EncryptedSecret after = cipher.encrypt(TENANT, SECRET);
        assertThat(cipher.decrypt(TENANT, after)).contains(SECRET);
        assertThat(cipher.decrypt(TENANT, before)).isEmpty();
    }

    @Test
    void destroying_an_unknown_key_does_nothing() {
        cipher.destroyKey(new ClientKey("never-seen"));
        EncryptedSecret encrypted = cipher.encrypt(TENANT, SECRET);
        assertThat(cipher.decrypt(TENANT, encrypted)).contains(SECRET);
    }
}
