package io.custodian.domain.receipt;

import java.util.regex.Pattern;

/**
 * A tenant's pseudonymised id: HMAC-SHA256 of its client key under a deployment secret, as 64 lower-case hex
 * digits. It identifies the tenant to whoever holds the secret and the client key, and reveals nothing else;
 * receipts and audit entries outlive the tenant's purge, so they name the tenant only by pseudonym.
 */
public record TenantPseudonym(String value) {

    private static final Pattern HEX_64 = Pattern.compile("[0-9a-f]{64}");

    public TenantPseudonym {
        if (value == null || !HEX_64.matcher(value).matches()) {
            throw new IllegalArgumentException("a tenant pseudonym is 64 lower-case hex digits");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
