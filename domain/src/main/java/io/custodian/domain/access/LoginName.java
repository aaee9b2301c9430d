package io.custodian.domain.access;

import java.util.Locale;
import java.util.regex.Pattern;

/** The name a staff member signs in with; case-insensitive, so it is kept in lower case. */
public record LoginName(String value) {

    public static final int MAX_LENGTH = 128;
    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9._@+-]*");

    public LoginName {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("login name must not be blank");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("login name longer than " + MAX_LENGTH + " characters");
        }
        if (!ALLOWED.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "login name may hold only letters, digits and . _ @ + - (and start with a letter or digit)");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
