package io.custodian.persistence.retention;

import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.retention.ItemContent;
import io.custodian.domain.testing.ItemCounts;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.persistence.JooqTransactions;
import io.custodian.persistence.testing.DatabaseTest;
import io.custodian.persistence.testing.HeldRowLock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jooq.exception.DataAccessException;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static io.custodian.domain.datamap.ItemKind.FIELD_TRACE;
import static io.custodian.domain.datamap.ItemKind.SYNC_RELATION;
import static io.custodian.domain.datamap.ItemKind.USAGE_EVENT;
import static io.custodian.domain.retention.Items.child;
import static io.custodian.domain.retention.Items.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PurgeLedgerTest extends DatabaseTest {

    private static final ClientKey ACME = new ClientKey("acme");
    private static final ClientKey GLOBEX = new ClientKey("globex");
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
        markForDeletion(T0, "acme");
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
        // a few thousand keys: each statement takes them as one array
        List<ClientKey> many = IntStream.range(0, 3_000)
                .mapToObj(i -> new ClientKey(String.format("tenant-%05d", i))).toList();
        markForDeletion(T0.minusSeconds(60), many.stream().map(ClientKey::value).toList());
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
    void a_purge_is_counted_when_it_begins_and_finish_forgets_the_counts() {
        installTenants("acme", "globex");
        markForDeletion(T0, "acme");
        var items = new JooqItems(dsl());
        items.save(item("acme", SYNC_RELATION, "rel-1", T0), new ItemContent(new byte[]{1}));
        for (int i = 0; i < 3; i++) {
            items.save(child("acme", FIELD_TRACE, "f-" + i, "rel-1/twin-1", T0), new ItemContent(new byte[]{1}));
        }
        items.save(item("globex", SYNC_RELATION, "rel-1", T0), new ItemContent(new byte[]{1}));

        assertThat(transactions.inTransaction(() -> ledger.beginAll(List.of(ACME), T0))).containsExactly(ACME);

        assertThat(countsOf(ACME)).isEqualTo(Map.of(SYNC_RELATION, 1L, FIELD_TRACE, 3L));
        assertThat(transactions.inTransaction(() -> ledger.pending(List.of(ACME))))
                .isEqualTo(Map.of(SYNC_RELATION, Map.of(ACME, 1L), FIELD_TRACE, Map.of(ACME, 3L)));
        assertThat(transactions.inTransaction(() -> ledger.beginAll(List.of(ACME), T0.plusSeconds(1))))
                .as("already begun: not counted again").isEmpty();

        transactions.run(() -> ledger.done(FIELD_TRACE, List.of(ACME)));
        assertThat(transactions.inTransaction(() -> ledger.pending(List.of(ACME))))
                .isEqualTo(Map.of(SYNC_RELATION, Map.of(ACME, 1L)));
        assertThat(countsOf(ACME)).as("done kinds still count for the receipt")
                .isEqualTo(Map.of(SYNC_RELATION, 1L, FIELD_TRACE, 3L));
        assertThat(transactions.inTransaction(() -> ledger.groupCounts(List.of(ACME, GLOBEX))))
                .as("both in one read; a tenant not being purged has no counts")
                .isEqualTo(new PurgeLedger.GroupCounts(Map.of(SYNC_RELATION, Map.of(ACME, 1L)),
                        Map.of(ACME, Map.of(SYNC_RELATION, 1L, FIELD_TRACE, 3L), GLOBEX, Map.of())));

        transactions.run(() -> ledger.finishAll(List.of(ACME)));
        assertThat(ledger.inProgress()).isEmpty();
        assertThat(countsOf(ACME)).isEmpty();
    }

    @Test
    void the_write_gate_refuses_item_writes_for_a_tenant_whose_purge_began_and_nothing_else() {
        installTenants("acme", "globex");
        markForDeletion(T0, "acme");
        var items = new JooqItems(dsl());
        items.save(item("acme", SYNC_RELATION, "rel-1", T0), new ItemContent(new byte[]{1}));
        transactions.run(() -> ledger.beginAll(List.of(ACME), T0));

        assertThatThrownBy(() -> items.save(item("acme", SYNC_RELATION, "rel-2", T0), new ItemContent(new byte[]{1})))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("item_write_gate");
        assertThatThrownBy(() -> items.save(item("acme", SYNC_RELATION, "rel-1", T0.plusSeconds(1)),
                new ItemContent(new byte[]{2}))).as("an update too")
                .isInstanceOf(DataAccessException.class).hasMessageContaining("item_write_gate");
        items.save(item("globex", SYNC_RELATION, "rel-1", T0), new ItemContent(new byte[]{1}));

        assertThat(countsOf(ACME)).isEqualTo(Map.of(SYNC_RELATION, 1L));
        assertThat(ItemCounts.byKind(items, ACME)).isEqualTo(Map.of(SYNC_RELATION, 1L));
    }

    @Test
    void a_beginning_rolled_back_leaves_neither_purge_nor_counts() {
        markForDeletion(T0, "acme");
        new JooqItems(dsl()).save(item("acme", SYNC_RELATION, "rel-1", T0), new ItemContent(new byte[]{1}));
        try {
            transactions.run(() -> {
                ledger.beginAll(List.of(ACME), T0);
                throw new IllegalStateException("process dies mid-transaction");
            });
        } catch (IllegalStateException expected) {
            // the beginning did not commit
        }

        assertThat(ledger.inProgress()).isEmpty();
        assertThat(countsOf(ACME)).isEmpty();
    }

    @Test
    void a_purge_locked_by_one_transaction_is_skipped_by_another_without_waiting() throws Exception {
        var globex = new ClientKey("globex");
        markForDeletion(T0, "acme", "globex");
        transactions.run(() -> ledger.beginAll(List.of(ACME), T0));
        transactions.run(() -> ledger.beginAll(List.of(globex), T0.plusSeconds(1)));
        List<ClientKey> whileHeld;
        try (var held = HeldRowLock.hold(database().dataSource(),
                "select 1 from purge_progress where client_key = 'acme' for update")) {
            whileHeld = transactions.inTransaction(() -> ledger.lockGroup(10));
        }

        assertThat(whileHeld).as("skipped, not waited for").containsExactly(globex);
        assertThat(transactions.inTransaction(() -> ledger.lockGroup(10))).containsExactly(ACME, globex);
    }

    @Test
    void a_group_is_locked_oldest_first_leaving_out_purges_that_wait_for_a_page_sweep() {
        var globex = new ClientKey("globex");
        var initech = new ClientKey("initech");
        markForDeletion(T0, "acme", "globex", "initech");
        var items = new JooqItems(dsl());
        for (int i = 0; i < 3; i++) {
            items.save(item("initech", USAGE_EVENT, "event-" + i, T0), new ItemContent(new byte[]{1}));
        }
        transactions.run(() -> ledger.beginAll(List.of(globex), T0.plusSeconds(1)));
        transactions.run(() -> ledger.beginAll(List.of(ACME), T0));
        transactions.run(() -> ledger.beginAll(List.of(initech), T0, new PageSweep(dsl(), 1_000, 1)));

        assertThat(transactions.inTransaction(() -> ledger.lockGroup(10))).containsExactly(ACME, globex);
        assertThat(transactions.inTransaction(() -> ledger.lockGroup(1))).containsExactly(ACME);
        assertThat(ledger.inProgress()).containsExactly(ACME, initech, globex);
    }

    @Test
    void only_a_tenant_still_marked_for_deletion_and_due_begins() {
        installTenants("active");
        markForDeletion(T0.plusSeconds(1), "not-due-yet");
        markForDeletion(T0, "acme");
        List<ClientKey> asked = List.of(new ClientKey("active"), new ClientKey("not-due-yet"),
                new ClientKey("no-record"), ACME);

        assertThat(transactions.inTransaction(() -> ledger.beginAll(asked, T0))).containsExactly(ACME);

        assertThat(ledger.inProgress()).containsExactly(ACME);
    }

    @Test
    void a_purge_completed_since_the_tenant_was_found_due_does_not_begin_again() throws Exception {
        markForDeletion(T0, "acme", "globex");
        transactions.run(() -> ledger.beginAll(List.of(ACME, new ClientKey("globex")), T0));

        // another process completes acme's purge (record and progress deleted) while this one begins it again
        try (var completing = HeldRowLock.hold(database().dataSource(),
                "delete from tenant where client_key = 'acme'",
                "delete from purge_progress where client_key = 'acme'")) {
            assertThat(transactions.inTransaction(() -> ledger.beginAll(List.of(ACME), T0.plusSeconds(1))))
                    .as("under way: left alone, without waiting").isEmpty();
            completing.commit();
        }
        assertThat(transactions.inTransaction(() -> ledger.beginAll(List.of(ACME), T0.plusSeconds(2))))
                .as("completed: no record left to purge").isEmpty();

        assertThat(ledger.inProgress()).containsExactly(new ClientKey("globex"));
    }

    @Test
    void a_tenant_that_re_subscribes_while_its_purge_would_begin_is_not_purged() throws Exception {
        markForDeletion(T0, "acme");
        List<ClientKey> begun;
        try (var reinstalling = HeldRowLock.hold(database().dataSource(),
                "update tenant set state = 'ACTIVE', marked_at = null, purge_deadline = null "
                        + "where client_key = 'acme'")) {
            var beginning = CompletableFuture.supplyAsync(() ->
                    transactions.inTransaction(() -> ledger.beginAll(List.of(ACME), T0)), HeldRowLock.OWN_THREAD);
            HeldRowLock.awaitLockWaiter(database().dataSource(), 100_000);
            reinstalling.commit();
            begun = beginning.get(30, TimeUnit.SECONDS);
        }

        assertThat(begun).as("the record is checked again once locked").isEmpty();
        assertThat(ledger.inProgress()).isEmpty();
    }
}
