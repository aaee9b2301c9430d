package io.custodian.domain.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The opaque bearer token of a staff session: {@value #BYTES} random bytes, base64url without padding
 * ({@value #LENGTH} characters). Handed to the staff member once, at login; only its {@link #hash()} is stored, so a
 * copy of the database opens no session. {@link #toString()} does not show it.
 */
public record SessionToken(String value) {

    public static final int BYTES = 32;
    public static final int LENGTH = 43;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{" + LENGTH + "}");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    public SessionToken {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a session token is " + LENGTH + " base64url characters");
        }
        if (!ENCODER.encodeToString(Base64.getUrlDecoder().decode(value)).equals(value)) {
            throw new IllegalArgumentException("a session token must be canonical base64url");
        }
    }

    /** The token of these {@value #BYTES} bytes. */
    public static SessionToken of(byte[] bytes) {
        if (bytes == null || bytes.length != BYTES) {
            throw new IllegalArgumentException("a session token is made of " + BYTES + " bytes");
        }
        return new SessionToken(ENCODER.encodeToString(bytes));
    }

    /** A new token of {@value #BYTES} bytes from {@code random}. */
    public static SessionToken generate(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return of(bytes);
    }

    /** The token a client presented, if it has the shape of one; empty for anything else (never an exception). */
    public static Optional<SessionToken> parse(String presented) {
        if (presented == null || !SHAPE.matcher(presented).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SessionToken(presented));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** SHA-256 of the token's bytes: what the session store keeps and looks sessions up by. */
    public TokenHash hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Base64.getUrlDecoder().decode(value));
            return new TokenHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "SessionToken[redacted]";
    }

    /** Compares in constant time. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SessionToken token
                && MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII),
                token.value.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }
}
