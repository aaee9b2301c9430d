package io.custodian.domain.custody;

/**
 * In-port: a tenant's account data (never its secret), lifecycle state, location, license, inventory per item kind
 * and category, and deadlines. Authorised by the access policy (category Account Data, a purpose required) and
 * audited in the same transaction as the read; a refusal is returned and audited too. A client key without an
 * installation is {@link CustodyOutcome.NotFound}, but only for staff who would otherwise have been allowed.
 */
public interface ViewTenantUseCase {

    CustodyOutcome<TenantDetail> view(ViewTenantQuery query);
}
