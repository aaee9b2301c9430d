package io.custodian.persistence.tenant;

import io.custodian.domain.tenant.TenantLicenses;
import io.custodian.domain.tenant.TenantLicensesContract;
import io.custodian.persistence.testing.DatabaseTest;
import org.junit.jupiter.api.Nested;

class JooqTenantLicensesTest extends DatabaseTest {

    @Nested
    class Contract extends TenantLicensesContract {
        @Override
        protected TenantLicenses emptyLicenses() {
            emptyTables();
            installTenants("tenant-a", "tenant-b"); // license information references its installation
            return new JooqTenantLicenses(dsl());
        }
    }
}
