package io.custodian.web.connect.jwt;

import java.security.MessageDigest;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import io.custodian.web.http.ApiException;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;

/**
 * The checks both kinds of Connect JWT share. Every failure is a 401 {@link ApiException} whose message says what is
 * wrong without echoing the token or any secret.
 */
public final class ConnectTokens {

    /** A Connect JWT is a few hundred characters; anything this long is not one. */
    public static final int MAX_TOKEN_LENGTH = 8192;

    private static final String AUTHORIZATION_SCHEME = "JWT ";

    private ConnectTokens() {
    }

    /**
     * The token of an {@code Authorization: JWT <token>} header value (the scheme is case-insensitive).
     *
     * @return empty when there is no such header value
     * @throws ApiException 401 when the header uses another scheme or is empty
     */
    public static Optional<String> fromAuthorization(Optional<String> header) {
        if (header.isEmpty()) {
            return Optional.empty();
        }
        String value = header.get().strip();
        if (value.length() < AUTHORIZATION_SCHEME.length()
                || !value.regionMatches(true, 0, AUTHORIZATION_SCHEME, 0, AUTHORIZATION_SCHEME.length())) {
            throw unauthorized("The Authorization header must use the JWT scheme: 'Authorization: JWT <token>'");
        }
        String token = value.substring(AUTHORIZATION_SCHEME.length()).strip();
        if (token.isEmpty()) {
            throw unauthorized("The Authorization header carries no JWT");
        }
        return Optional.of(token);
    }

    /** A 401 {@code unauthorized} with this message. */
    public static ApiException unauthorized(String message) {
        return ApiException.unauthorized(message);
    }

    static SignedJWT parse(String token, JWSAlgorithm required) {
        if (token == null || token.isBlank()) {
            throw unauthorized("A JWT is required");
        }
        if (token.length() > MAX_TOKEN_LENGTH) {
            throw unauthorized("The JWT is longer than " + MAX_TOKEN_LENGTH + " characters");
        }
        JWT jwt;
        try {
            jwt = JWTParser.parse(token);
        } catch (ParseException e) {
            throw unauthorized("The JWT is malformed");
        }
        return switch (jwt) {
            case PlainJWT plain -> throw unauthorized("Unsigned JWTs (alg none) are not accepted");
            case EncryptedJWT encrypted -> throw unauthorized("Encrypted JWTs are not accepted");
            case SignedJWT signed -> {
                if (!required.equals(signed.getHeader().getAlgorithm())) {
                    throw unauthorized("The JWT must be signed with " + required.getName() + " here");
                }
                yield signed;
            }
            default -> throw unauthorized("The JWT is malformed");
        };
    }

    static JWTClaimsSet claims(SignedJWT jwt) {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw unauthorized("The JWT claims are malformed");
        }
    }

    static String issuer(JWTClaimsSet claims) {
        String issuer = claims.getIssuer();
        if (issuer == null || issuer.isBlank()) {
            throw unauthorized("The JWT has no issuer (iss)");
        }
        return issuer;
    }

    /**
     * {@code exp} and {@code iat} are required; expired when {@code exp} is more than the leeway in the past; refused
     * when {@code iat} or {@code nbf} is more than the leeway in the future.
     */
    static void checkTimes(JWTClaimsSet claims, Instant now, Duration leeway) {
        Date expires = claims.getExpirationTime();
        Date issued = claims.getIssueTime();
        if (expires == null) {
            throw unauthorized("The JWT has no expiry time (exp)");
        }
        if (issued == null) {
            throw unauthorized("The JWT has no issue time (iat)");
        }
        if (now.isAfter(expires.toInstant().plus(leeway))) {
            throw unauthorized("The JWT has expired");
        }
        if (issued.toInstant().isAfter(now.plus(leeway))) {
            throw unauthorized("The JWT is issued in the future (iat)");
        }
        Date notBefore = claims.getNotBeforeTime();
        if (notBefore != null && notBefore.toInstant().isAfter(now.plus(leeway))) {
            throw unauthorized("The JWT is not valid yet (nbf)");
        }
    }

    static void checkQsh(JWTClaimsSet claims, RequestTarget target, QshRule rule) {
        if (!(claims.getClaim("qsh") instanceof String qsh) || qsh.isEmpty()) {
            throw unauthorized("The JWT has no query string hash (qsh)");
        }
        switch (rule) {
            case REQUEST -> {
                if (qsh.equals(QueryStringHash.CONTEXT_QSH)) {
                    throw unauthorized("A context JWT (qsh context-qsh) is not accepted here; the JWT must be bound"
                            + " to this request");
                }
                String expected;
                try {
                    expected = target.qsh();
                } catch (IllegalArgumentException e) {
                    throw unauthorized("The query string cannot be verified: " + e.getMessage());
                }
                if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                        qsh.getBytes(StandardCharsets.UTF_8))) {
                    throw unauthorized("The JWT's query string hash (qsh) does not match this request");
                }
            }
            case CONTEXT -> {
                if (!qsh.equals(QueryStringHash.CONTEXT_QSH)) {
                    throw unauthorized("Only a context JWT (qsh context-qsh) is accepted here");
                }
            }
        }
    }

    static Optional<String> subject(JWTClaimsSet claims) {
        String subject = claims.getSubject();
        return subject == null || subject.isBlank() ? Optional.empty() : Optional.of(subject);
    }

    static List<String> audience(JWTClaimsSet claims) {
        List<String> audience = claims.getAudience();
        return audience == null ? List.of() : audience;
    }
}
