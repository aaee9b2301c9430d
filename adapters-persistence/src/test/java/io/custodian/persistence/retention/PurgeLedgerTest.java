package io.custodian.persistence.retention;

import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.persistence.JooqTransactions;
import io.custodian.persistence.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.custodian.domain.datamap.ItemKind.FIELD_TRACE;
import static io.custodian.domain.datamap.ItemKind.SYNC_RELATION;
import static org.assertj.core.api.Assertions.assertThat;

class PurgeLedgerTest extends DatabaseTest {

    private static final ClientKey ACME = new ClientKey("acme");
    private static final Instant T0 = Instant.parse("2026-09-01T00:00:00Z");

    private PurgeLedger ledger;
    private JooqTransactions transactions;

    @BeforeEach
    void empty() {
        emptyTables();
        ledger = new PurgeLedger(dsl());
        transactions = new JooqTransactions(dsl());
    }

    private Map<ItemKind, Long> countsOf(ClientKey tenant) {
        return transactions.inTransaction(() -> ledger.counts(List.of(tenant))).get(tenant);
    }

    @Test
    void a_purge_is_not_in_progress_until_begun_and_begin_is_idempotent() {
        assertThat(ledger.inProgress()).isEmpty();
        assertThat(transactions.inTransaction(() -> ledger.lockGroup(10))).isEmpty();

        transactions.run(() -> ledger.beginAll(List.of(ACME), T0));
        transactions.run(() -> ledger.beginAll(List.of(ACME), T0.plusSeconds(60)));

        assertThat(ledger.inProgress()).containsExactly(ACME);
        assertThat(transactions.inTransaction(() -> ledger.lockGroup(10))).containsExactly(ACME);
        assertThat(countsOf(ACME)).isEmpty();
    }

    @Test
    void beginning_many_purges_at_once_records_each_once_and_finishing_them_forgets_them() {
        // more rows than one statement takes: twenty statements
        List<ClientKey> many = java.util.stream.IntStream.range(0, 20_000)
                .mapToObj(i -> new ClientKey(String.format("tenant-%05d", i))).toList();
        transactions.run(() -> ledger.beginAll(List.of(many.get(7)), T0.minusSeconds(60)));

        transactions.run(() -> ledger.beginAll(many, T0));

        assertThat(ledger.inProgress()).hasSize(many.size()).startsWith(many.get(7)).doesNotHaveDuplicates();
        transactions.run(() -> ledger.finishAll(many.subList(0, 10)));
        assertThat(ledger.inProgress()).hasSize(many.size() - 10).doesNotContainAnyElementsOf(many.subList(0, 10));
        transactions.run(() -> ledger.beginAll(List.of(), T0));
        transactions.run(() -> ledger.finishAll(List.of()));
        assertThat(ledger.inProgress()).hasSize(many.size() - 10);
    }

    @Test
    void counts_add_up_per_kind_and_finish_forgets_them() {
        transactions.run(() -> ledger.beginAll(List.of(ACME), T0));
        transactions.run(() -> {
            ledger.addAll(SYNC_RELATION, Map.of(ACME, 100));
            ledger.addAll(FIELD_TRACE, Map.of(ACME, 1000));
            ledger.addAll(FIELD_TRACE, Map.of(ACME, 234));
        });

        assertThat(countsOf(ACME)).isEqualTo(Map.of(SYNC_RELATION, 100L, FIELD_TRACE, 1234L));

        transactions.run(() -> ledger.finishAll(List.of(ACME)));
        assertThat(ledger.inProgress()).isEmpty();
        transactions.run(() -> ledger.beginAll(List.of(ACME), T0));
        assertThat(countsOf(ACME)).isEmpty();
    }

    @Test
    void counts_added_in_a_rolled_back_batch_are_not_kept() {
        transactions.run(() -> ledger.beginAll(List.of(ACME), T0));
        try {
            transactions.run(() -> {
                ledger.addAll(SYNC_RELATION, Map.of(ACME, 100));
                throw new IllegalStateException("process dies mid-batch");
            });
        } catch (IllegalStateException expected) {
            // the batch did not commit
        }

        assertThat(countsOf(ACME)).isEmpty();
    }

    @Test
    void a_purge_locked_by_one_transaction_is_skipped_by_another_without_waiting() throws Exception {
        var globex = new ClientKey("globex");
        transactions.run(() -> ledger.beginAll(List.of(ACME), T0));
        transactions.run(() -> ledger.beginAll(List.of(globex), T0.plusSeconds(1)));
        var locked = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var holder = CompletableFuture.runAsync(() -> {
            try (Connection connection = database().dataSource().getConnection()) {
                connection.setAutoCommit(false);
                try (var statement = connection.createStatement()) {
                    statement.execute("select 1 from purge_progress where client_key = 'acme' for update");
                }
                locked.countDown();
                release.await(30, TimeUnit.SECONDS);
                connection.rollback();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();

        var whileHeld = transactions.inTransaction(() -> ledger.lockGroup(10));

        release.countDown();
        holder.get(30, TimeUnit.SECONDS);
        assertThat(whileHeld).as("skipped, not waited for").containsExactly(globex);
        assertThat(transactions.inTransaction(() -> ledger.lockGroup(10))).containsExactly(ACME, globex);
    }

    @Test
    void a_group_is_locked_oldest_first_and_counts_are_added_per_tenant_in_one_statement() {
        var globex = new ClientKey("globex");
        transactions.run(() -> ledger.beginAll(List.of(globex), T0.plusSeconds(1)));
        transactions.run(() -> ledger.beginAll(List.of(ACME), T0));

        var group = transactions.inTransaction(() -> {
            var locked = ledger.lockGroup(10);
            ledger.addAll(FIELD_TRACE, Map.of(ACME, 3, globex, 4));
            ledger.addAll(FIELD_TRACE, Map.of(ACME, 1));
            return locked;
        });

        assertThat(group).containsExactly(ACME, globex);
        assertThat(ledger.counts(List.of(ACME, globex)))
                .isEqualTo(Map.of(ACME, Map.of(FIELD_TRACE, 4L), globex, Map.of(FIELD_TRACE, 4L)));
        assertThat(transactions.inTransaction(() -> ledger.lockGroup(1))).containsExactly(ACME);
    }
}
