package io.custodian.web.connect.testing;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;

import io.custodian.web.json.JsonMapping;

/**
 * Builds Connect JWTs the way Atlassian does, with Nimbus, and lets a test break any part of them.
 * Defaults: {@code iat} now, {@code exp} now + 180 s, {@code context: {}}.
 */
public final class JwtBuilder {

    private enum Signing { RS256, HS256, NONE }

    private Signing signing;
    private PrivateKey privateKey;
    private String secret;
    private String kid;
    private final Map<String, Object> claims = new LinkedHashMap<>();

    private JwtBuilder(Instant now) {
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plusSeconds(180).getEpochSecond());
        claims.put("context", Map.of());
    }

    /** RS256 with this private key and key id, as for a signed install. */
    public static JwtBuilder rs256(Instant now, PrivateKey key, String kid) {
        JwtBuilder builder = new JwtBuilder(now);
        builder.signing = Signing.RS256;
        builder.privateKey = key;
        builder.kid = kid;
        return builder;
    }

    /** HS256 with this shared secret, as for app requests. */
    public static JwtBuilder hs256(Instant now, String secret) {
        JwtBuilder builder = new JwtBuilder(now);
        builder.signing = Signing.HS256;
        builder.secret = secret;
        return builder;
    }

    /** Unsigned: {@code alg: none}. */
    public JwtBuilder unsigned() {
        signing = Signing.NONE;
        return this;
    }

    public JwtBuilder iss(String issuer) {
        return claim("iss", issuer);
    }

    public JwtBuilder sub(String subject) {
        return claim("sub", subject);
    }

    public JwtBuilder aud(String... audience) {
        return claim("aud", List.of(audience));
    }

    public JwtBuilder qsh(String qsh) {
        return claim("qsh", qsh);
    }

    public JwtBuilder issuedAt(Instant at) {
        return claim("iat", at.getEpochSecond());
    }

    public JwtBuilder expiresAt(Instant at) {
        return claim("exp", at.getEpochSecond());
    }

    public JwtBuilder kid(String keyId) {
        this.kid = keyId;
        return this;
    }

    /** Sets a claim; {@code null} removes it. */
    public JwtBuilder claim(String name, Object value) {
        if (value == null) {
            claims.remove(name);
        } else {
            claims.put(name, value);
        }
        return this;
    }

    public String build() {
        try {
            Payload payload = new Payload(new LinkedHashMap<>(claims));
            return switch (signing) {
                case RS256 -> {
                    JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .type(JOSEObjectType.JWT).keyID(kid).build(), payload);
                    jws.sign(new RSASSASigner(privateKey));
                    yield jws.serialize();
                }
                case HS256 -> {
                    JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.HS256)
                            .type(JOSEObjectType.JWT).keyID(kid).build(), payload);
                    jws.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
                    yield jws.serialize();
                }
                case NONE -> base64Url(JsonMapping.toBytes(Map.of("alg", "none", "typ", "JWT"))) + "."
                        + base64Url(JsonMapping.toBytes(claims)) + ".";
            };
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
