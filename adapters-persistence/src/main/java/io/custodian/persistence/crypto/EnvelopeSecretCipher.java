package io.custodian.persistence.crypto;

import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.EncryptedSecret;
import io.custodian.domain.tenant.SecretCipher;
import io.custodian.domain.tenant.SharedSecret;
import org.jooq.DSLContext;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;

import static io.custodian.persistence.jooq.Tables.TENANT_DATA_KEY;

/**
 * Envelope encryption of tenant secrets: each tenant has its own random AES-256 data key, stored only wrapped
 * (AES-GCM) by the {@link MasterKey}; secrets are sealed with AES-GCM under the data key, bound to the client key.
 * {@link #destroyKey} deletes the wrapped data key, after which the tenant's secrets cannot be decrypted by anyone.
 */
public final class EnvelopeSecretCipher implements SecretCipher {

    private static final int DATA_KEY_BYTES = 32;

    private final DSLContext dsl;
    private final MasterKey masterKey;
    private final InstantSource clock;
    private final SecureRandom random;
    private final AesGcm aesGcm;

    public EnvelopeSecretCipher(DSLContext dsl, MasterKey masterKey, InstantSource clock, SecureRandom random) {
        this.dsl = dsl;
        this.masterKey = masterKey;
        this.clock = clock;
        this.random = random;
        this.aesGcm = new AesGcm(random);
    }

    @Override
    public EncryptedSecret encrypt(ClientKey tenant, SharedSecret secret) {
        var dataKey = dataKey(tenant).orElseGet(() -> createDataKey(tenant));
        var plaintext = secret.value().getBytes(StandardCharsets.UTF_8);
        try {
            return new EncryptedSecret(aesGcm.encrypt(dataKey, plaintext, secretContext(tenant)));
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    @Override
    public Optional<SharedSecret> decrypt(ClientKey tenant, EncryptedSecret secret) {
        return dataKey(tenant)
                .flatMap(key -> aesGcm.decrypt(key, secret.ciphertext(), secretContext(tenant)))
                .map(bytes -> new SharedSecret(new String(bytes, StandardCharsets.UTF_8)));
    }

    @Override
    public void destroyKey(ClientKey tenant) {
        dsl.deleteFrom(TENANT_DATA_KEY).where(TENANT_DATA_KEY.CLIENT_KEY.eq(tenant.value())).execute();
    }

    @Override
    public void destroyKeys(Collection<ClientKey> tenants) {
        if (tenants.isEmpty()) {
            return;
        }
        dsl.deleteFrom(TENANT_DATA_KEY)
                .where(TENANT_DATA_KEY.CLIENT_KEY.in(tenants.stream().map(ClientKey::value).toList()))
                .execute();
    }

    private Optional<SecretKey> dataKey(ClientKey tenant) {
        return dsl.select(TENANT_DATA_KEY.WRAPPED_KEY)
                .from(TENANT_DATA_KEY)
                .where(TENANT_DATA_KEY.CLIENT_KEY.eq(tenant.value()))
                .fetchOptional(TENANT_DATA_KEY.WRAPPED_KEY)
                .map(wrapped -> aesGcm.decrypt(masterKey.secretKey(), wrapped, keyContext(tenant))
                        .orElseThrow(() -> new IllegalStateException(
                                "the data key of a tenant cannot be unwrapped: wrong master key?")))
                .map(bytes -> new SecretKeySpec(bytes, "AES"));
    }

    private SecretKey createDataKey(ClientKey tenant) {
        var bytes = new byte[DATA_KEY_BYTES];
        random.nextBytes(bytes);
        var wrapped = aesGcm.encrypt(masterKey.secretKey(), bytes, keyContext(tenant));
        dsl.insertInto(TENANT_DATA_KEY)
                .set(TENANT_DATA_KEY.CLIENT_KEY, tenant.value())
                .set(TENANT_DATA_KEY.WRAPPED_KEY, wrapped)
                .set(TENANT_DATA_KEY.CREATED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                .onConflictDoNothing()
                .execute();
        // another process may have created the key first: use whichever is stored
        return dataKey(tenant).orElseThrow(() -> new IllegalStateException("data key vanished while being created"));
    }

    private static String keyContext(ClientKey tenant) {
        return "custodian:data-key:" + tenant.value();
    }

    private static String secretContext(ClientKey tenant) {
        return "custodian:shared-secret:" + tenant.value();
    }
}
