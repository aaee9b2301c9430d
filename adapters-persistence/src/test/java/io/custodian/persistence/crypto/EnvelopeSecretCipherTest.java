package io.custodian.persistence.crypto;

import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.SecretCipher;
import io.custodian.domain.tenant.SecretCipherContract;
import io.custodian.domain.tenant.SharedSecret;
import io.custodian.persistence.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.InstantSource;

import static io.custodian.persistence.jooq.Tables.TENANT_DATA_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnvelopeSecretCipherTest extends DatabaseTest {

    private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2026-03-01T09:00:00Z"));
    private static final MasterKey MASTER = MasterKey.generate(new SecureRandom());
    private static final ClientKey TENANT = new ClientKey("tenant-a");
    private static final SharedSecret SECRET = new SharedSecret("a-secret-key-not-to-be-lost-0123456789");

    private EnvelopeSecretCipher cipher;

    @BeforeEach
    void newCipher() {
        emptyTables();
        cipher = new EnvelopeSecretCipher(dsl(), MASTER, CLOCK, new SecureRandom());
    }

    @Nested
    class Contract extends SecretCipherContract {
        @Override
        protected SecretCipher newCipher() {
            emptyTables();
            return new EnvelopeSecretCipher(dsl(), MASTER, CLOCK, new SecureRandom());
        }
    }

    @Test
    void the_database_holds_neither_the_secret_nor_the_data_key_in_clear() {
        var encrypted = cipher.encrypt(TENANT, SECRET);

        assertThat(new String(encrypted.ciphertext(), StandardCharsets.ISO_8859_1)).doesNotContain(SECRET.value());
        var wrapped = dsl().fetchOne(TENANT_DATA_KEY).getWrappedKey();
        assertThat(wrapped).hasSizeGreaterThan(32);
    }

    @Test
    void destroying_the_data_key_makes_the_secret_unrecoverable_even_with_the_master_key() {
        var encrypted = cipher.encrypt(TENANT, SECRET);

        cipher.destroyKey(TENANT);

        assertThat(cipher.decrypt(TENANT, encrypted)).isEmpty();
        assertThat(dsl().fetchCount(TENANT_DATA_KEY)).isZero();
    }

    @Test
    void a_secret_sealed_for_one_tenant_does_not_open_for_another() {
        var encrypted = cipher.encrypt(TENANT, SECRET);
        cipher.encrypt(new ClientKey("tenant-b"), new SharedSecret("other-secret-000000000000000000000"));

        assertThat(cipher.decrypt(new ClientKey("tenant-b"), encrypted)).isEmpty();
    }

    @Test
    void another_master_key_cannot_unwrap_the_data_key() {
        var encrypted = cipher.encrypt(TENANT, SECRET);
        var wrongMaster = new EnvelopeSecretCipher(dsl(), MasterKey.generate(new SecureRandom()), CLOCK, new SecureRandom());

        assertThatThrownBy(() -> wrongMaster.decrypt(TENANT, encrypted))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("wrong master key");
    }

    @Test
    void a_tampered_ciphertext_does_not_decrypt() {
        var bytes = cipher.encrypt(TENANT, SECRET).ciphertext();
        bytes[bytes.length - 1] ^= 1;

        assertThat(cipher.decrypt(TENANT, new io.custodian.domain.tenant.EncryptedSecret(bytes))).isEmpty();
    }

    @Test
    void master_key_text_forms_are_validated_and_never_printed() {
        assertThatThrownBy(() -> MasterKey.fromBase64("not base64!")).hasMessageContaining("base64");
        assertThatThrownBy(() -> MasterKey.fromBase64("AAAA")).hasMessageContaining("32 bytes");
        assertThat(MasterKey.fromBase64(MASTER.toBase64()).toBase64()).isEqualTo(MASTER.toBase64());
        assertThat(MASTER.toString()).doesNotContain(MASTER.toBase64());
    }
}
