package io.custodian.domain.receipt;

import io.custodian.domain.tenant.ClientKey;

/**
 * Out-port: turns a client key into its pseudonym. Deterministic for a given deployment secret, so the same
 * tenant always gets the same pseudonym and an auditor given a client key can find its receipts.
 * {@link HmacTenantPseudonymiser} is the JDK implementation.
 */
public interface TenantPseudonymiser {

    TenantPseudonym pseudonymise(ClientKey clientKey);
}
