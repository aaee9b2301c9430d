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

    @Test
    void a_nested_unit_of_work_joins_the_outer_one_and_a_failed_one_rolls_back_to_its_savepoint() {
        emptyTables();
        var store = new JooqTenantStore(dsl());
        var transactions = new JooqTransactions(dsl());
        Instant at = Instant.parse("2026-03-01T09:00:00Z");

        assertThatThrownBy(() -> transactions.run(() -> {
            store.save(activeRecord("tenant-a", at));
            transactions.run(() -> store.save(activeRecord("tenant-b", at)));
            assertThatThrownBy(() -> transactions.run(() -> {
                store.save(activeRecord("tenant-c", at));
                throw new IllegalStateException("inner fails");
            })).hasMessage("inner fails");
            assertThat(store.find(new ClientKey("tenant-b"))).isPresent();
            assertThat(store.find(new ClientKey("tenant-c"))).isEmpty();
            throw new IllegalStateException("outer fails");
        })).hasMessage("outer fails");

        assertThat(store.find(new ClientKey("tenant-a"))).isEmpty();
        assertThat(store.find(new ClientKey("tenant-b"))).isEmpty();
    }

    /**
     * Pins the jOOQ behaviour behind the rule in {@link PostgresDatabase}: on the shared thread-bound DSLContext, the
     * {@code dsl.transaction(trx -> ...)} form nested in a unit of work commits the unit early. If this starts to
     * fail, jOOQ changed and the rule can be relaxed.
     */
    @Test
    void the_configuration_lambda_form_nested_in_a_unit_of_work_commits_it_early_so_stores_avoid_it() {
        emptyTables();
        var store = new JooqTenantStore(dsl());
        Instant at = Instant.parse("2026-03-01T09:00:00Z");

        assertThatThrownBy(() -> new JooqTransactions(dsl()).run(() -> {
            store.save(activeRecord("tenant-a", at));
            dsl().transaction(trx -> { });
            throw new IllegalStateException("fails after the nested transaction");
        })).hasMessageContaining("fails after");

        assertThat(store.find(new ClientKey("tenant-a"))).isPresent();
    }
}
