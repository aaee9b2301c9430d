package io.custodian.domain.support;

import java.util.regex.Pattern;

/**
 * The e-mail address of the user who reported a problem: the ticket is opened on their behalf. Personal data (Support
 * Data), kept with the ticket. A plain {@code local@domain} address: no display name, no spaces or control characters,
 * a domain with a dot; at most 254 characters (RFC 5321), local part at most 64.
 */
public record ReporterEmail(String value) {

    public static final int MAX_LENGTH = 254;
    public static final int MAX_LOCAL_LENGTH = 64;
    private static final String ATOM = "[^\\s\\p{Cntrl}@<>()\\[\\]\\\\,;:\"]+";
    private static final Pattern SHAPE = Pattern.compile(ATOM + "@" + ATOM + "(\\." + ATOM + ")+");

    public ReporterEmail {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("reporter e-mail must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("reporter e-mail longer than " + MAX_LENGTH + " characters");
        }
        if (!SHAPE.matcher(value).matches() || value.indexOf('@') > MAX_LOCAL_LENGTH || value.endsWith(".")) {
            throw new IllegalArgumentException("reporter e-mail must be a plain address such as user@example.com");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
