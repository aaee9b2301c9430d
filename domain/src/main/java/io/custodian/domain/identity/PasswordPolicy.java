package io.custodian.domain.identity;

import java.util.Objects;
import java.util.Optional;

/**
 * What a new password must be: at least {@value #MIN_LENGTH} and at most {@value #MAX_LENGTH} characters (Unicode code
 * points), not only white space. Length is what makes a password hard to guess; no composition rules.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;

    private PasswordPolicy() {
    }

    /** Why {@code password} may not be set, or empty when it may. The text never quotes the password. */
    public static Optional<String> problem(Password password) {
        Objects.requireNonNull(password, "password");
        int length = password.length();
        if (length < MIN_LENGTH) {
            return Optional.of("a password needs at least " + MIN_LENGTH + " characters");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("a password may have at most " + MAX_LENGTH + " characters");
        }
        if (password.value().isBlank()) {
            return Optional.of("a password must not be only white space");
        }
        return Optional.empty();
    }

    /** Could {@code password} ever have been set? A login with a longer one is refused without hashing it. */
    static boolean withinMaximum(Password password) {
        return password.length() <= MAX_LENGTH;
    }
}
