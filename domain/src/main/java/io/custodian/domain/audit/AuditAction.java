package io.custodian.domain.audit;

import java.util.regex.Pattern;

/**
 * What was done, as a dotted code, e.g. {@code "tenant-data.read"}, {@code "staff.disable"},
 * {@code "tenant.purge"}.
 */
public record AuditAction(String code) {

    public static final int MAX_LENGTH = 64;
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*");

    public AuditAction {
        if (code == null || code.length() > MAX_LENGTH || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    "an audit action is dotted lower-case words (letters, digits, '-'), at most 64: " + code);
        }
    }

    @Override
    public String toString() {
        return code;
    }
}
