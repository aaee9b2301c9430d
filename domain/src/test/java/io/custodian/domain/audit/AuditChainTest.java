package io.custodian.domain.audit;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static io.custodian.domain.audit.AuditDrafts.staffRead;
import static io.custodian.domain.audit.AuditDrafts.systemPurge;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditChainTest {

    /** A genuine chain of {@code length} entries. */
    private static List<AuditEntry> chain(int length) {
        List<AuditEntry> entries = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            AuditDraft draft = i % 2 == 0 ? staffRead(i) : systemPurge(i);
            Optional<AuditEntry> previous = entries.isEmpty() ? Optional.empty() : Optional.of(entries.getLast());
            entries.add(AuditChain.append(previous, draft));
        }
        return entries;
    }

    private static ChainVerification.Broken broken(ChainVerification verification) {
        assertThat(verification).isInstanceOf(ChainVerification.Broken.class);
        return (ChainVerification.Broken) verification;
    }

    /** Re-hashes entries from {@code from} (0-based) on, as an attacker with write access could. */
    private static List<AuditEntry> rehashedFrom(List<AuditEntry> entries, int from) {
        List<AuditEntry> result = new ArrayList<>(entries.subList(0, from));
        for (AuditEntry entry : entries.subList(from, entries.size())) {
            result.add(AuditChain.append(result.isEmpty() ? Optional.empty() : Optional.of(result.getLast()),
                    entry.content()));
        }
        return result;
    }

    @Test
    void appending_to_nothing_starts_at_sequence_1_after_the_genesis_hash_of_64_zeros() {
        AuditEntry first = AuditChain.append(Optional.empty(), staffRead(0));

        assertThat(first.sequence()).isEqualTo(1);
        assertThat(first.previousHash().hex()).isEqualTo("0".repeat(64));
    }

    @Test
    void appending_numbers_the_next_entry_and_links_it_to_the_previous_hash() {
        AuditEntry first = AuditChain.append(Optional.empty(), staffRead(0));
        AuditEntry second = AuditChain.append(Optional.of(first), systemPurge(1));

        assertThat(second.sequence()).isEqualTo(2);
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(second.hash()).isEqualTo(AuditChain.hashOf(2, systemPurge(1), first.hash()));
    }

    @Test
    void an_empty_chain_is_intact_with_the_genesis_hash_as_head() {
        assertThat(AuditChain.verify(List.of())).isEqualTo(new ChainVerification.Intact(0, AuditHash.GENESIS));
    }

    @Test
    void an_untouched_chain_is_intact_and_reports_its_count_and_head() {
        List<AuditEntry> entries = chain(5);

        assertThat(AuditChain.verify(entries)).isEqualTo(new ChainVerification.Intact(5, entries.get(4).hash()));
    }

    @Test
    void a_modified_entry_breaks_the_chain_at_that_entry() {
        List<AuditEntry> entries = new ArrayList<>(chain(5));
        AuditEntry third = entries.get(2);
        entries.set(2, new AuditEntry(3, systemPurge(99), third.previousHash(), third.hash()));

        ChainVerification.Broken broken = broken(AuditChain.verify(entries));
        assertThat(broken.atSequence()).isEqualTo(3);
        assertThat(broken.reason()).contains("modified");
    }

    @Test
    void a_removed_entry_breaks_the_chain_where_it_is_missing() {
        List<AuditEntry> entries = new ArrayList<>(chain(5));
        entries.remove(1);

        ChainVerification.Broken broken = broken(AuditChain.verify(entries));
        assertThat(broken.atSequence()).isEqualTo(2);
        assertThat(broken.reason()).contains("expected entry 2 but found entry 3");
    }

    @Test
    void swapped_entries_break_the_chain_at_the_first_of_them() {
        List<AuditEntry> entries = new ArrayList<>(chain(5));
        Collections.swap(entries, 1, 3);

        assertThat(broken(AuditChain.verify(entries)).atSequence()).isEqualTo(2);
    }

    @Test
    void an_entry_that_does_not_link_to_its_predecessor_breaks_the_chain_there() {
        List<AuditEntry> entries = new ArrayList<>(chain(3));
        AuditEntry second = entries.get(1);
        AuditHash wrongPrevious = AuditHash.sha256(new byte[] {1});
        entries.set(1, new AuditEntry(2, second.content(), wrongPrevious,
                AuditChain.hashOf(2, second.content(), wrongPrevious)));

        ChainVerification.Broken broken = broken(AuditChain.verify(entries));
        assertThat(broken.atSequence()).isEqualTo(2);
        assertThat(broken.reason()).contains("does not link");
    }

    @Test
    void a_forged_entry_inserted_with_a_correct_hash_is_caught_at_the_next_entry() {
        List<AuditEntry> entries = new ArrayList<>(chain(4));
        AuditEntry forged = AuditChain.append(Optional.of(entries.get(1)), systemPurge(50));
        entries.add(2, forged);

        ChainVerification.Broken broken = broken(AuditChain.verify(entries));
        assertThat(broken.atSequence()).isEqualTo(4);
        assertThat(broken.reason()).contains("found entry 3 again");
    }

    @Test
    void entries_cut_from_the_end_go_unnoticed_without_an_anchor_but_are_caught_with_one() {
        List<AuditEntry> entries = chain(5);
        ChainAnchor head = ChainAnchor.of(entries.get(4));
        List<AuditEntry> truncated = entries.subList(0, 3);

        assertThat(AuditChain.verify(truncated).isIntact()).isTrue();
        ChainVerification.Broken broken = broken(AuditChain.verify(truncated.iterator(), List.of(head)));
        assertThat(broken.atSequence()).isEqualTo(4);
        assertThat(broken.reason()).contains("removed from the end");
    }

    @Test
    void a_chain_re_hashed_after_a_change_goes_unnoticed_without_an_anchor_but_is_caught_with_one() {
        List<AuditEntry> entries = chain(5);
        List<AuditEntry> changed = new ArrayList<>(entries);
        changed.set(1, new AuditEntry(2, systemPurge(77), entries.get(1).previousHash(), entries.get(1).hash()));
        List<AuditEntry> rewritten = rehashedFrom(changed, 1);
        List<ChainAnchor> anchors = List.of(ChainAnchor.of(entries.get(0)), ChainAnchor.of(entries.get(2)));

        assertThat(AuditChain.verify(rewritten).isIntact()).isTrue();
        assertThat(broken(AuditChain.verify(rewritten.iterator(), anchors)).atSequence()).isEqualTo(3);
    }

    @Test
    void a_chain_that_matches_its_anchors_is_intact() {
        List<AuditEntry> entries = chain(5);

        assertThat(AuditChain.verify(entries.iterator(), List.of(ChainAnchor.of(entries.get(2)),
                ChainAnchor.of(entries.get(4))))).isEqualTo(new ChainVerification.Intact(5, entries.get(4).hash()));
    }

    @Test
    void conflicting_anchors_for_one_entry_are_rejected() {
        List<AuditEntry> entries = chain(2);

        assertThatThrownBy(() -> AuditChain.verify(entries.iterator(), List.of(ChainAnchor.of(entries.get(0)),
                new ChainAnchor(1, entries.get(1).hash())))).isInstanceOf(IllegalArgumentException.class);
    }
}
