package io.custodian.domain.custody;

/**
 * In-port: the tenant list (client key, base URL, product, state, deadline). Only support and development staff in
 * service see it; every listing, allowed or refused, is audited ({@code tenant.list}).
 */
public interface ListTenantsUseCase {

    CustodyOutcome<Page<TenantSummary>> list(ListTenantsQuery query);
}
