package io.custodian.domain.tenant;

class InMemoryTenantLicensesTest extends TenantLicensesContract {
    @Override
    protected TenantLicenses emptyLicenses() {
        return new InMemoryTenantLicenses();
    }
}
