package io.custodian.domain.custody;

import io.custodian.domain.tenant.InMemoryTenantStore;
import io.custodian.domain.tenant.TenantStore;

class InMemoryTenantCatalogTest extends TenantCatalogContract {

    private final InMemoryTenantStore store = new InMemoryTenantStore();
    private final InMemoryTenantCatalog catalog = new InMemoryTenantCatalog(store);

    @Override
    protected TenantStore tenantStore() {
        return store;
    }

    @Override
    protected TenantCatalog catalog() {
        return catalog;
    }
}
