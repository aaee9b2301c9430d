package io.custodian.domain.receipt;

import java.nio.charset.StandardCharsets;

/** Pseudonymisers with fixed, well-known secrets: deterministic test data. Never use these secrets elsewhere. */
public final class TestPseudonymisers {

    private TestPseudonymisers() {
    }

    public static HmacTenantPseudonymiser fixed() {
        return withSecret("custodian-test-pseudonymisation-secret-1");
    }

    public static HmacTenantPseudonymiser another() {
        return withSecret("custodian-test-pseudonymisation-secret-2");
    }

    public static HmacTenantPseudonymiser withSecret(String secret) {
        return new HmacTenantPseudonymiser(secret.getBytes(StandardCharsets.UTF_8));
    }
}
