package io.custodian.persistence;

import io.custodian.domain.common.Transactions;
import io.custodian.domain.common.TransactionsContract;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.persistence.testing.DatabaseTest;
import io.custodian.persistence.tenant.JooqTenantStore;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.custodian.domain.tenant.Tenants.activeRecord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JooqTransactionsTest extends DatabaseTest {

    @Nested
    class Contract extends TransactionsContract {
        @Override
        protected Transactions transactions() {
            return new JooqTransactions(dsl());
        }
    }

    @Test
    void a_failing_unit_of_work_leaves_no_trace_in_any_store() {
        emptyTables();
        var store = new JooqTenantStore(dsl());
        var transactions = new JooqTransactions(dsl());

        assertThatThrownBy(() -> transactions.run(() -> {
            store.save(activeRecord("tenant-a", Instant.parse("2026-03-01T09:00:00Z")));
            throw new IllegalStateException("fails after the write");
        })).hasMessage("fails after the write");

        assertThat(store.find(new ClientKey("tenant-a"))).isEmpty();
    }

    @Test
    void a_successful_unit_of_work_commits_every_write() {
        emptyTables();
        var store = new JooqTenantStore(dsl());

        new JooqTransactions(dsl()).run(() -> {
            store.save(activeRecord("tenant-a", Instant.parse("2026-03-01T09:00:00Z")));
            store.save(activeRecord("tenant-b", Instant.parse("2026-03-01T09:00:00Z")));
        });

        assertThat(store.find(new ClientKey("tenant-b"))).isPresent();
    }
}
