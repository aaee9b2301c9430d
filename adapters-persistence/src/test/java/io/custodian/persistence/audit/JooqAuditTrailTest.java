package io.custodian.persistence.audit;

import io.custodian.domain.audit.AuditChain;
import io.custodian.domain.audit.AuditDrafts;
import io.custodian.domain.audit.AuditEntry;
import io.custodian.domain.audit.AuditTrail;
import io.custodian.domain.audit.AuditTrailContract;
import io.custodian.persistence.DatabaseSettings;
import io.custodian.persistence.JooqTransactions;
import io.custodian.persistence.PostgresDatabase;
import io.custodian.persistence.testing.DatabaseTest;
import com.zaxxer.hikari.HikariDataSource;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static io.custodian.domain.audit.AuditDrafts.staffRead;
import static io.custodian.domain.audit.AuditDrafts.systemPurge;
import static io.custodian.persistence.jooq.Tables.AUDIT_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JooqAuditTrailTest extends DatabaseTest {

    @Nested
    class Contract extends AuditTrailContract {
        @Override
        protected AuditTrail newTrail() {
            emptyTables();
            return new JooqAuditTrail(dsl());
        }
    }

    private JooqAuditTrail trail;

    @BeforeEach
    void emptyTrail() {
        emptyTables();
        trail = new JooqAuditTrail(dsl());
    }

    private static List<AuditEntry> all(AuditTrail trail) {
        try (Stream<AuditEntry> entries = trail.streamAll()) {
            return entries.toList();
        }
    }

    @Test
    void appends_from_two_processes_sharing_the_database_never_fork_the_chain() throws Exception {
        var pool = (HikariDataSource) database().dataSource();
        int perProcess = 40;
        try (var otherProcess = PostgresDatabase.open(new DatabaseSettings(pool.getJdbcUrl(), pool.getUsername(),
                pool.getPassword()));
             ExecutorService threads = Executors.newFixedThreadPool(4)) {
            List<AuditTrail> processes = List.of(trail, new JooqAuditTrail(otherProcess.dsl()));
            List<Future<?>> appends = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                AuditTrail process = processes.get(t % 2);
                long base = t * 1000L;
                appends.add(threads.submit(() -> LongStream.range(0, perProcess)
                        .forEach(i -> process.append(staffRead(base + i)))));
            }
            for (Future<?> append : appends) {
                append.get(60, TimeUnit.SECONDS);
            }
        }

        List<AuditEntry> entries = all(trail);
        assertThat(entries).extracting(AuditEntry::sequence)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 4L * perProcess).boxed().toList());
        assertThat(AuditChain.verify(entries).isIntact()).isTrue();
    }

    @Test
    void an_append_joins_the_callers_transaction_and_vanishes_with_its_rollback() {
        AuditEntry first = trail.append(staffRead(0));
        var transactions = new JooqTransactions(dsl());

        assertThatThrownBy(() -> transactions.run(() -> {
            trail.append(systemPurge(1));
            throw new IllegalStateException("the purge failed after its audit entry");
        })).hasMessageContaining("purge failed");
        AuditEntry second = trail.append(systemPurge(2));

        assertThat(all(trail)).containsExactly(first, second);
        assertThat(second.sequence()).isEqualTo(2);
        assertThat(second.previousHash()).isEqualTo(first.hash());
    }

    @Test
    void stored_entries_cannot_be_updated_or_deleted() {
        AuditEntry entry = trail.append(staffRead(0));

        assertThatThrownBy(() -> dsl().update(AUDIT_ENTRY).set(AUDIT_ENTRY.ACTION, "tenant-data.nothing")
                .where(AUDIT_ENTRY.SEQUENCE.eq(entry.sequence())).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> dsl().deleteFrom(AUDIT_ENTRY).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(trail.head()).contains(entry);
    }

    @Test
    void the_stream_reads_page_after_page_in_sequence_order() {
        var smallPages = new JooqAuditTrail(dsl(), 3);
        List<AuditEntry> appended = LongStream.range(0, 10).mapToObj(i -> smallPages.append(AuditDrafts.refusedRead(i)))
                .toList();

        assertThat(all(smallPages)).containsExactlyElementsOf(appended);
        try (Stream<AuditEntry> firstFour = smallPages.streamAll().limit(4)) {
            assertThat(firstFour.toList()).containsExactlyElementsOf(appended.subList(0, 4));
        }
    }
}
