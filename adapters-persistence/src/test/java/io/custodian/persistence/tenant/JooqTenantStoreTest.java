package io.custodian.persistence.tenant;

import io.custodian.domain.tenant.TenantStore;
import io.custodian.domain.tenant.TenantStoreContract;
import io.custodian.persistence.testing.DatabaseTest;
import org.junit.jupiter.api.Nested;

class JooqTenantStoreTest extends DatabaseTest {

    @Nested
    class Contract extends TenantStoreContract {
        @Override
        protected TenantStore emptyStore() {
            emptyTables();
            return new JooqTenantStore(dsl());
        }
    }
}
