package io.custodian.domain.tenant;

class InMemoryTenantStoreTest extends TenantStoreContract {
    @Override
    protected TenantStore emptyStore() {
        return new InMemoryTenantStore();
    }
}
