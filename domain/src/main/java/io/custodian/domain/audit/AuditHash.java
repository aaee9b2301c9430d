package io.custodian.domain.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** A SHA-256 digest as 64 lower-case hex digits; {@link #GENESIS} (64 zeros) precedes the first entry. */
public record AuditHash(String hex) {

    private static final Pattern HEX_64 = Pattern.compile("[0-9a-f]{64}");
    /** Declared after the pattern it is validated with: static initialisers run in order. */
    public static final AuditHash GENESIS = new AuditHash("0".repeat(64));

    public AuditHash {
        if (hex == null || !HEX_64.matcher(hex).matches()) {
            throw new IllegalArgumentException("an audit hash is 64 lower-case hex digits");
        }
    }

    public static AuditHash sha256(byte[] bytes) {
        try {
            return new AuditHash(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK must provide SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return hex;
    }
}
