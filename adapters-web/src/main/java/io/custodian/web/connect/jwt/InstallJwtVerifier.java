package io.custodian.web.connect.jwt;

import java.net.URI;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.custodian.web.http.ApiException;
import io.custodian.web.http.ErrorCodes;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Verifies the JWT of a signed {@code installed}/{@code uninstalled} callback (connect.md §3), in this order:
 * <ol>
 *     <li>RS256 only: {@code alg: none}, HS256 and everything else are refused; a {@code kid} is required;</li>
 *     <li>{@code exp} and {@code iat} present; not expired and not issued in the future beyond the leeway;</li>
 *     <li>{@code aud} names this app: one of its values, with one trailing {@code /} ignored, is the base URL or an
 *     allowed alternative;</li>
 *     <li>{@code iss} present (the caller compares it with the body's {@code clientKey});</li>
 *     <li>{@code qsh} is the hash of this request ({@code POST&/lifecycle/installed&});</li>
 *     <li>the {@code kid} is known to the {@link InstallKeyProvider} and the signature verifies with that key.</li>
 * </ol>
 * The claim checks come first so that junk costs no request to the key server; nothing is trusted before the
 * signature check passes.
 * Failures are 401; a key server that cannot be reached is 503 so that Atlassian's retry can succeed.
 */
public final class InstallJwtVerifier {

    private final InstallKeyProvider keys;
    private final Set<String> audiences;
    private final Duration leeway;
    private final InstantSource clock;

    /**
     * @param keys      where public keys come from
     * @param audiences accepted {@code aud} values (the app's base URL first), trailing {@code /} ignored
     * @param leeway    clock skew tolerated on the time claims
     * @param clock     the time
     */
    public InstallJwtVerifier(InstallKeyProvider keys, List<URI> audiences, Duration leeway, InstantSource clock) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.audiences = audiences.stream().map(URI::toString).map(InstallJwtVerifier::withoutTrailingSlash)
                .collect(Collectors.toUnmodifiableSet());
        if (this.audiences.isEmpty()) {
            throw new IllegalArgumentException("at least one audience is required");
        }
        this.leeway = Objects.requireNonNull(leeway, "leeway");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param token  the JWT from {@code Authorization: JWT <token>}
     * @param target the request as received
     * @return the verified issuer (client key) and subject
     * @throws ApiException 401 when the token is not a valid signed install for this request; 503 when the key server
     *                      cannot be reached
     */
    public VerifiedInstall verify(String token, RequestTarget target) {
        SignedJWT jwt = ConnectTokens.parse(token, JWSAlgorithm.RS256);
        String kid = jwt.getHeader().getKeyID();
        if (kid == null || kid.isBlank()) {
            throw ConnectTokens.unauthorized("The install JWT has no key id (kid)");
        }
        // The claims are checked before the key is fetched, so that a token that could never pass causes no outbound
        // request; none of them is trusted until the signature below is verified.
        JWTClaimsSet claims = ConnectTokens.claims(jwt);
        ConnectTokens.checkTimes(claims, clock.instant(), leeway);
        List<String> audience = ConnectTokens.audience(claims);
        if (audience.stream().map(InstallJwtVerifier::withoutTrailingSlash).noneMatch(audiences::contains)) {
            throw ConnectTokens.unauthorized("The install JWT's audience (aud) is not this app's base URL");
        }
        String issuer = ConnectTokens.issuer(claims);
        ConnectTokens.checkQsh(claims, target, QshRule.REQUEST);
        RSAPublicKey key = key(kid);
        try {
            if (!jwt.verify(new RSASSAVerifier(key))) {
                throw ConnectTokens.unauthorized("The install JWT's signature is invalid");
            }
        } catch (JOSEException e) {
            throw ConnectTokens.unauthorized("The install JWT's signature cannot be verified");
        }
        return new VerifiedInstall(issuer, ConnectTokens.subject(claims));
    }

    private RSAPublicKey key(String kid) {
        Optional<RSAPublicKey> key;
        try {
            key = keys.find(kid);
        } catch (InstallKeyUnavailableException e) {
            throw new ApiException(503, ErrorCodes.SERVICE_UNAVAILABLE,
                    "The install key server cannot be reached to verify the signed install; retry later");
        }
        return key.orElseThrow(() -> ConnectTokens.unauthorized("The install JWT's key id (kid) is unknown"));
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * A verified signed install.
     *
     * @param clientKey the {@code iss} claim: the tenant's client key
     * @param accountId the {@code sub} claim: the installing user, if any
     */
    public record VerifiedInstall(String clientKey, Optional<String> accountId) {
        public VerifiedInstall {
            Objects.requireNonNull(clientKey, "clientKey");
            Objects.requireNonNull(accountId, "accountId");
        }
    }
}
