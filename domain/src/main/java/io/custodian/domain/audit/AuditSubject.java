package io.custodian.domain.audit;

import java.util.regex.Pattern;

/**
 * What an audited action was applied to, besides tenant data: e.g. {@code staff 3f2a...}, {@code
 * deletion-request 42}, {@code receipt ...}, {@code ticket SUP-1042}. Never a client key or personal data.
 */
public record AuditSubject(String type, String id) {

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]{0,31}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/#-]{0,127}");

    public AuditSubject {
        if (type == null || !TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("invalid audit subject type: " + type);
        }
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("invalid audit subject id: " + id);
        }
    }

    @Override
    public String toString() {
        return type + " " + id;
    }
}
