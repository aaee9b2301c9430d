package io.custodian.persistence.custody;

import io.custodian.domain.audit.AuditTrail;
import io.custodian.domain.custody.AuditLogSearch;
import io.custodian.domain.custody.AuditLogSearchContract;
import io.custodian.domain.custody.DeletionRequestLog;
import io.custodian.domain.custody.DeletionRequestLogContract;
import io.custodian.domain.custody.ReceiptIndex;
import io.custodian.domain.custody.ReceiptIndexContract;
import io.custodian.domain.custody.TenantCatalog;
import io.custodian.domain.custody.TenantCatalogContract;
import io.custodian.domain.deletion.DeletionRequests;
import io.custodian.domain.retention.ReceiptArchive;
import io.custodian.domain.tenant.TenantStore;
import io.custodian.persistence.audit.JooqAuditTrail;
import io.custodian.persistence.deletion.JooqDeletionRequests;
import io.custodian.persistence.retention.JooqReceiptArchive;
import io.custodian.persistence.tenant.JooqTenantStore;
import io.custodian.persistence.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;

/** The read-model contracts of the staff API against the jOOQ adapters on PostgreSQL. */
class JooqCustodyReadModelsTest extends DatabaseTest {

    @BeforeEach
    void empty() {
        emptyTables();
    }

    @Nested
    class TenantCatalogOnPostgres extends TenantCatalogContract {
        @Override
        protected TenantStore tenantStore() {
            return new JooqTenantStore(dsl());
        }

        @Override
        protected TenantCatalog catalog() {
            return new JooqTenantCatalog(dsl());
        }
    }

    @Nested
    class AuditLogSearchOnPostgres extends AuditLogSearchContract {
        @Override
        protected AuditTrail trail() {
            return new JooqAuditTrail(dsl());
        }

        @Override
        protected AuditLogSearch search() {
            return new JooqAuditLogSearch(dsl());
        }
    }

    @Nested
    class ReceiptIndexOnPostgres extends ReceiptIndexContract {
        @Override
        protected ReceiptArchive archive() {
            return new JooqReceiptArchive(dsl());
        }

        @Override
        protected ReceiptIndex index() {
            return new JooqReceiptIndex(dsl());
        }
    }

    @Nested
    class DeletionRequestLogOnPostgres extends DeletionRequestLogContract {
        @Override
        protected DeletionRequests requests() {
            return new JooqDeletionRequests(dsl());
        }

        @Override
        protected DeletionRequestLog log() {
            return new JooqDeletionRequestLog(dsl());
        }
    }
}
