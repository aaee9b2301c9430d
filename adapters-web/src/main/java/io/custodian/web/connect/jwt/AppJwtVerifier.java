package io.custodian.web.connect.jwt;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.custodian.domain.tenant.AppRequestAuthentication;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.SharedSecret;
import io.custodian.domain.tenant.TenantCredentials;
import io.custodian.web.http.ApiException;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Verifies an HS256 Connect JWT signed with a tenant's shared secret (app requests, {@code enabled}, {@code disabled}),
 * connect.md §4.1, in this order:
 * <ol>
 *     <li>HS256 only ({@code alg: none}, RS256 and everything else are refused);</li>
 *     <li>{@code iss} (unverified so far) names an installed tenant whose secret the domain can decrypt;</li>
 *     <li>the signature verifies with that secret (HMAC-SHA256 over the token's own signing input, compared in
 *     constant time; any secret length Atlassian issues is accepted);</li>
 *     <li>{@code exp} and {@code iat} present; not expired and not issued in the future beyond the leeway;</li>
 *     <li>{@code qsh} as the route's {@link QshRule} demands.</li>
 * </ol>
 * Everything is a 401. Whether the tenant is served (ACTIVE, pinned here) is the caller's decision, made on the
 * returned credentials only after the token is proven authentic.
 */
public final class AppJwtVerifier {

    private final AppRequestAuthentication tenants;
    private final Duration leeway;
    private final InstantSource clock;

    public AppJwtVerifier(AppRequestAuthentication tenants, Duration leeway, InstantSource clock) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.leeway = Objects.requireNonNull(leeway, "leeway");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param token  the JWT
     * @param target the request as received
     * @param rule   which qsh the route accepts
     * @return the tenant's credentials and the acting user
     * @throws ApiException 401 when the token is not valid for this request
     */
    public VerifiedAppJwt verify(String token, RequestTarget target, QshRule rule) {
        SignedJWT jwt = ConnectTokens.parse(token, JWSAlgorithm.HS256);
        JWTClaimsSet claims = ConnectTokens.claims(jwt);
        ClientKey clientKey;
        try {
            clientKey = new ClientKey(ConnectTokens.issuer(claims));
        } catch (IllegalArgumentException e) {
            throw ConnectTokens.unauthorized("The JWT's issuer (iss) is not a valid client key");
        }
        // one answer for both, so that nobody can probe which client keys are installed
        TenantCredentials credentials = tenants.credentials(clientKey)
                .filter(known -> signatureMatches(jwt, known.sharedSecret()))
                .orElseThrow(() -> ConnectTokens.unauthorized(
                        "The JWT's issuer (iss) is not an installed tenant or its signature is invalid"));
        ConnectTokens.checkTimes(claims, clock.instant(), leeway);
        ConnectTokens.checkQsh(claims, target, rule);
        return new VerifiedAppJwt(credentials, ConnectTokens.subject(claims));
    }

    private static boolean signatureMatches(SignedJWT jwt, SharedSecret secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.value().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal(jwt.getSigningInput());
            return MessageDigest.isEqual(expected, jwt.getSignature().decode());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /**
     * A verified HS256 Connect JWT.
     *
     * @param credentials the issuing tenant (its {@link TenantCredentials#refusal()} still to be honoured)
     * @param accountId   the {@code sub} claim: the acting user's Atlassian account id, if any
     */
    public record VerifiedAppJwt(TenantCredentials credentials, Optional<String> accountId) {
        public VerifiedAppJwt {
            Objects.requireNonNull(credentials, "credentials");
            Objects.requireNonNull(accountId, "accountId");
        }

        public ClientKey clientKey() {
            return credentials.clientKey();
        }
    }
}
