package io.custodian.domain.appdata;

import java.util.regex.Pattern;

/**
 * The one rule for ids and names that app requests choose (relation, local issue, field, configuration, usage event):
 * letters, digits and {@code . _ : -}, bounded length, not only dots. Such an id needs no encoding in a URL path, is
 * never a dot-segment ({@code .}, {@code ..}), and contains no {@code /} or {@code @}, which compose item ids. Adapters
 * use the same rule for ids in bodies (a remote issue id, a remote field id).
 */
public final class SafeIds {

    /** The characters of a safe id, as a regular-expression character class body. */
    public static final String ALPHABET = "A-Za-z0-9._:-";
    private static final Pattern SAFE = Pattern.compile("[" + ALPHABET + "]+");
    private static final Pattern ONLY_DOTS = Pattern.compile("\\.+");

    private SafeIds() {
    }

    /**
     * @param what names the id in the message, e.g. {@code "relation id"}
     * @return {@code value}, when it is safe and at most {@code maxLength} characters
     * @throws IllegalArgumentException otherwise, with a message that does not repeat the value
     */
    public static String require(String what, String value, int maxLength) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(what + " must be at most " + maxLength + " characters, has "
                    + value.length());
        }
        if (!SAFE.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " may contain only letters, digits and '.', '_', ':', '-'");
        }
        if (ONLY_DOTS.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must not consist of dots only");
        }
        return value;
    }
}
