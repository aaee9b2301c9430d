package io.custodian.domain.identity;

import java.util.Objects;

/**
 * A password in clear, as typed, on its way to the {@link PasswordHasher}. Never stored, logged or audited: its
 * {@link #toString()} shows nothing of it. Whether it is strong enough for a new password is the
 * {@link PasswordPolicy}'s decision; a login may present anything.
 */
public record Password(String value) {

    public Password {
        Objects.requireNonNull(value, "password");
    }

    /** Length in characters (Unicode code points), as {@link PasswordPolicy} counts it. */
    public int length() {
        return value.codePointCount(0, value.length());
    }

    @Override
    public String toString() {
        return "Password[redacted]";
    }
}
