package io.custodian.domain.audit;

import io.custodian.domain.access.Purpose;
import io.custodian.domain.datamap.Category;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static io.custodian.domain.audit.AuditDrafts.refusedRead;
import static io.custodian.domain.audit.AuditDrafts.staffRead;
import static io.custodian.domain.audit.AuditDrafts.systemPurge;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The behaviour every {@link AuditTrail} must have. Run against the in-memory fake here and against the
 * persistence adapter there: extend it and return an empty trail from {@link #newTrail()}.
 * Test methods are public so that subclasses in other packages (the adapters' tests) inherit them.
 */
public abstract class AuditTrailContract {

    /** A new, empty trail; called before each test. */
    protected abstract AuditTrail newTrail();

    private AuditTrail trail;

    @BeforeEach
    public void createTrail() {
        trail = newTrail();
    }

    private static List<AuditEntry> all(AuditTrail trail) {
        try (Stream<AuditEntry> entries = trail.streamAll()) {
            return entries.toList();
        }
    }

    @Test
    public void an_empty_trail_has_no_head_no_entries_and_verifies_as_an_empty_chain() {
        assertThat(trail.head()).isEmpty();
        assertThat(all(trail)).isEmpty();
        assertThat(trail.page(new AuditPageQuery(0, 10))).isEmpty();
        assertThat(AuditChain.verify(all(trail))).isEqualTo(new ChainVerification.Intact(0, AuditHash.GENESIS));
    }

    @Test
    public void the_first_entry_has_sequence_1_and_follows_the_genesis_hash() {
        AuditEntry first = trail.append(staffRead(0));

        assertThat(first.sequence()).isEqualTo(1);
        assertThat(first.previousHash()).isEqualTo(AuditHash.GENESIS);
        assertThat(first.hash()).isEqualTo(AuditChain.hashOf(1, staffRead(0), AuditHash.GENESIS));
        assertThat(trail.head()).contains(first);
    }

    @Test
    public void each_appended_entry_links_to_the_one_before_and_the_chain_verifies() {
        AuditEntry first = trail.append(staffRead(0));
        AuditEntry second = trail.append(systemPurge(1));
        AuditEntry third = trail.append(refusedRead(2));

        assertThat(second.sequence()).isEqualTo(2);
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(third.previousHash()).isEqualTo(second.hash());
        assertThat(AuditChain.verify(all(trail))).isEqualTo(new ChainVerification.Intact(3, third.hash()));
    }

    @Test
    public void entries_read_back_equal_the_appended_ones_with_every_field_and_microsecond() {
        AuditEntry withEverything = trail.append(refusedRead(0));
        AuditEntry withSubject = trail.append(systemPurge(1));
        AuditEntry minimal = trail.append(new AuditDraft(Actor.system("connect-lifecycle"),
                new AuditAction("tenant.install"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), AuditDrafts.T0.plusSeconds(2), AuditOutcome.SUCCEEDED));
        AuditEntry failed = trail.append(new AuditDraft(Actor.system("retention-sweep"),
                new AuditAction("tenant.purge"), Optional.empty(), Optional.of(AuditDrafts.TENANT),
                Optional.of(Category.SESSION), Optional.of(new Purpose.FreeText("scheduled")),
                AuditDrafts.T0.plusSeconds(3), new AuditOutcome.Failed("database unavailable")));

        assertThat(all(trail)).containsExactly(withEverything, withSubject, minimal, failed);
        assertThat(AuditChain.verify(all(trail)).isIntact()).isTrue();
    }

    @Test
    public void appending_several_at_once_chains_them_consecutively_after_the_head_and_reads_them_back() {
        AuditEntry first = trail.append(staffRead(0));

        List<AuditEntry> appended = trail.appendAll(List.of(systemPurge(1), refusedRead(2), systemPurge(3)));

        assertThat(appended).extracting(AuditEntry::sequence).containsExactly(2L, 3L, 4L);
        assertThat(appended.getFirst().previousHash()).isEqualTo(first.hash());
        assertThat(appended.get(1).previousHash()).isEqualTo(appended.getFirst().hash());
        assertThat(trail.head()).contains(appended.getLast());
        assertThat(all(trail)).containsExactly(first, appended.get(0), appended.get(1), appended.get(2));
        assertThat(AuditChain.verify(all(trail)).isIntact()).isTrue();
        assertThat(trail.appendAll(List.of())).isEmpty();
    }

    @Test
    public void a_page_holds_the_entries_after_the_given_sequence_in_order_up_to_the_limit() {
        List<AuditEntry> appended = LongStream.range(0, 7).mapToObj(i -> trail.append(staffRead(i))).toList();

        assertThat(trail.page(new AuditPageQuery(0, 3))).containsExactlyElementsOf(appended.subList(0, 3));
        assertThat(trail.page(new AuditPageQuery(3, 3))).containsExactlyElementsOf(appended.subList(3, 6));
        assertThat(trail.page(new AuditPageQuery(6, 3))).containsExactly(appended.get(6));
        assertThat(trail.page(new AuditPageQuery(7, 3))).isEmpty();
    }

    @Test
    public void stream_all_yields_every_entry_in_sequence_order() {
        List<AuditEntry> appended = LongStream.range(0, 25).mapToObj(i -> trail.append(systemPurge(i))).toList();

        assertThat(all(trail)).containsExactlyElementsOf(appended);
    }

    @Test
    public void concurrent_appends_never_fork_the_chain() throws Exception {
        int threads = 8;
        int perThread = 25;
        List<Future<?>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        trail.append(staffRead(thread * 1000L + i));
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        }

        List<AuditEntry> entries = all(trail);
        assertThat(entries).extracting(AuditEntry::sequence)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, threads * perThread).boxed().toList());
        assertThat(AuditChain.verify(entries).isIntact()).isTrue();
    }
}
