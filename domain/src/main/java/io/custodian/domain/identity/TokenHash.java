package io.custodian.domain.identity;

import java.util.regex.Pattern;

/** SHA-256 of a {@link SessionToken}, as 64 lower-case hex digits: the key of a stored session. */
public record TokenHash(String hex) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public TokenHash {
        if (hex == null || !HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("a token hash is 64 lower-case hex digits");
        }
    }
}
