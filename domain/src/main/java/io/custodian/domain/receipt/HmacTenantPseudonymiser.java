package io.custodian.domain.receipt;

import io.custodian.domain.tenant.ClientKey;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/** HMAC-SHA256 of the client key's UTF-8 bytes under the deployment's pseudonymisation secret; JDK only. */
public final class HmacTenantPseudonymiser implements TenantPseudonymiser {

    public static final String ALGORITHM = "HmacSHA256";
    /** The secret must hold at least 256 bits. */
    public static final int MIN_SECRET_BYTES = 32;

    private final byte[] secret;

    public HmacTenantPseudonymiser(byte[] secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException(
                    "the pseudonymisation secret must hold at least " + MIN_SECRET_BYTES + " bytes");
        }
        this.secret = Arrays.copyOf(secret, secret.length);
    }

    /** @throws IllegalArgumentException if the client key holds an unpaired surrogate (it has no UTF-8 form) */
    @Override
    public TenantPseudonym pseudonymise(ClientKey clientKey) {
        Objects.requireNonNull(clientKey, "clientKey");
        if (!CanonicalForm.isWellFormed(clientKey.value())) {
            throw new IllegalArgumentException("client key holds an unpaired surrogate character");
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            byte[] digest = mac.doFinal(clientKey.value().getBytes(StandardCharsets.UTF_8));
            return new TenantPseudonym(HexFormat.of().formatHex(digest));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK must provide " + ALGORITHM, e);
        }
    }

    @Override
    public String toString() {
        return "HmacTenantPseudonymiser[secret hidden]";
    }
}
