package io.custodian.domain.audit;

import io.custodian.domain.access.Purpose;
import io.custodian.domain.access.StaffId;
import io.custodian.domain.datamap.Category;
import io.custodian.domain.receipt.TenantPseudonym;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verifier accepts every untampered chain and rejects every single-entry tampering — a modified field, a
 * removed, inserted or swapped entry — at the position where it happened (1-based).
 */
class AuditChainPropertiesTest {

    /** Every part of an entry an attacker could change. */
    enum Field { SEQUENCE, ACTOR, ACTION, SUBJECT, TENANT, CATEGORY, PURPOSE, AT, OUTCOME, PREVIOUS_HASH, HASH }

    @Provide
    Arbitrary<List<AuditEntry>> chains() {
        return AuditArbitraries.chains(15);
    }

    @Provide
    Arbitrary<AuditDraft> drafts() {
        return AuditArbitraries.drafts();
    }

    private static ChainVerification.Broken broken(ChainVerification verification) {
        assertThat(verification).isInstanceOf(ChainVerification.Broken.class);
        return (ChainVerification.Broken) verification;
    }

    /** The entry with {@code field} changed to a different value; its stored hash is left as it was. */
    static AuditEntry modified(AuditEntry entry, Field field) {
        AuditDraft c = entry.content();
        return switch (field) {
            case SEQUENCE -> new AuditEntry(entry.sequence() + 1, c, entry.previousHash(), entry.hash());
            case PREVIOUS_HASH -> new AuditEntry(entry.sequence(), c, rehash(entry.previousHash()), entry.hash());
            case HASH -> new AuditEntry(entry.sequence(), c, entry.previousHash(), rehash(entry.hash()));
            case ACTOR, ACTION, SUBJECT, TENANT, CATEGORY, PURPOSE, AT, OUTCOME ->
                    new AuditEntry(entry.sequence(), modifiedContent(c, field), entry.previousHash(), entry.hash());
        };
    }

    private static AuditDraft modifiedContent(AuditDraft c, Field field) {
        return switch (field) {
            case ACTOR -> new AuditDraft(switch (c.actor()) {
                case Actor.Staff staff -> Actor.system("forger");
                case Actor.Automated automated -> Actor.staff(new StaffId(new UUID(0, 0)));
            }, c.action(), c.subject(), c.tenant(), c.category(), c.purpose(), c.at(), c.outcome());
            case ACTION -> new AuditDraft(c.actor(), new AuditAction(c.action().code() + ".forged"), c.subject(),
                    c.tenant(), c.category(), c.purpose(), c.at(), c.outcome());
            case SUBJECT -> new AuditDraft(c.actor(), c.action(), c.subject().isPresent() ? Optional.empty()
                    : Optional.of(new AuditSubject("staff", "forged")), c.tenant(), c.category(), c.purpose(),
                    c.at(), c.outcome());
            case TENANT -> new AuditDraft(c.actor(), c.action(), c.subject(), c.tenant().isPresent()
                    ? Optional.empty() : Optional.of(new TenantPseudonym("f".repeat(64))), c.category(),
                    c.purpose(), c.at(), c.outcome());
            case CATEGORY -> new AuditDraft(c.actor(), c.action(), c.subject(), c.tenant(), c.category().isPresent()
                    ? Optional.empty() : Optional.of(Category.ACCOUNT), c.purpose(), c.at(), c.outcome());
            case PURPOSE -> new AuditDraft(c.actor(), c.action(), c.subject(), c.tenant(), c.category(),
                    c.purpose().isPresent() ? Optional.empty() : Optional.of(new Purpose.SupportTicket("FORGED")),
                    c.at(), c.outcome());
            case AT -> new AuditDraft(c.actor(), c.action(), c.subject(), c.tenant(), c.category(), c.purpose(),
                    c.at().plusNanos(1_000), c.outcome());
            case OUTCOME -> new AuditDraft(c.actor(), c.action(), c.subject(), c.tenant(), c.category(), c.purpose(),
                    c.at(), c.outcome().equals(AuditOutcome.ALLOWED)
                            ? new AuditOutcome.Refused("forged") : AuditOutcome.ALLOWED);
            case SEQUENCE, PREVIOUS_HASH, HASH -> throw new IllegalArgumentException("not content: " + field);
        };
    }

    private static AuditHash rehash(AuditHash hash) {
        return AuditHash.sha256(hash.hex().getBytes(StandardCharsets.US_ASCII));
    }

    @Property(tries = 200)
    void every_untampered_chain_is_intact_with_its_count_and_head(@ForAll("chains") List<AuditEntry> chain) {
        assertThat(AuditChain.verify(chain))
                .isEqualTo(new ChainVerification.Intact(chain.size(), chain.getLast().hash()));
    }

    @Property(tries = 200)
    void modifying_any_field_of_any_entry_is_caught_at_that_entry(
            @ForAll("chains") List<AuditEntry> chain,
            @ForAll @IntRange(min = 0, max = 1000) int index,
            @ForAll Field field) {
        int k = index % chain.size();
        List<AuditEntry> tampered = new ArrayList<>(chain);
        tampered.set(k, modified(chain.get(k), field));

        assertThat(broken(AuditChain.verify(tampered)).atSequence()).isEqualTo(k + 1);
    }

    @Property(tries = 200)
    void removing_any_entry_is_caught_where_it_is_missing_given_the_head_is_anchored(
            @ForAll("chains") List<AuditEntry> chain,
            @ForAll @IntRange(min = 0, max = 1000) int index) {
        int k = index % chain.size();
        List<AuditEntry> tampered = new ArrayList<>(chain);
        tampered.remove(k);

        assertThat(broken(AuditChain.verify(tampered.iterator(), List.of(ChainAnchor.of(chain.getLast()))))
                .atSequence()).isEqualTo(k + 1);
    }

    @Property(tries = 200)
    void removing_any_entry_but_the_last_is_caught_even_without_an_anchor(
            @ForAll("chains") List<AuditEntry> chain,
            @ForAll @IntRange(min = 0, max = 1000) int index) {
        if (chain.size() < 2) {
            return;
        }
        int k = index % (chain.size() - 1);
        List<AuditEntry> tampered = new ArrayList<>(chain);
        tampered.remove(k);

        assertThat(broken(AuditChain.verify(tampered)).atSequence()).isEqualTo(k + 1);
    }

    @Property(tries = 200)
    void inserting_a_forged_entry_anywhere_is_caught_at_the_insertion_point(
            @ForAll("chains") List<AuditEntry> chain,
            @ForAll @IntRange(min = 0, max = 1000) int at,
            @ForAll @IntRange(min = 0, max = 1000) int copyOf,
            @ForAll Field field) {
        int k = at % (chain.size() + 1);
        AuditEntry forged = modified(chain.get(copyOf % chain.size()), field);
        List<AuditEntry> tampered = new ArrayList<>(chain);
        tampered.add(k, forged);

        assertThat(broken(AuditChain.verify(tampered)).atSequence()).isEqualTo(k + 1);
    }

    @Property(tries = 200)
    void inserting_a_correctly_hashed_entry_before_the_end_is_caught_at_the_entry_it_displaces(
            @ForAll("chains") List<AuditEntry> chain,
            @ForAll @IntRange(min = 0, max = 1000) int at,
            @ForAll("drafts") AuditDraft content) {
        int k = at % chain.size();
        AuditEntry forged = AuditChain.append(k == 0 ? Optional.empty() : Optional.of(chain.get(k - 1)), content);
        List<AuditEntry> tampered = new ArrayList<>(chain);
        tampered.add(k, forged);

        // the forged entry itself is a valid continuation; the genuine entry after it no longer fits
        assertThat(broken(AuditChain.verify(tampered)).atSequence()).isEqualTo(k + 2);
    }

    @Property(tries = 200)
    void swapping_any_two_entries_is_caught_at_the_first_of_them(
            @ForAll("chains") List<AuditEntry> chain,
            @ForAll @IntRange(min = 0, max = 1000) int first,
            @ForAll @IntRange(min = 0, max = 1000) int second) {
        int i = first % chain.size();
        int j = second % chain.size();
        if (i == j) {
            return;
        }
        List<AuditEntry> tampered = new ArrayList<>(chain);
        Collections.swap(tampered, i, j);

        assertThat(broken(AuditChain.verify(tampered)).atSequence()).isEqualTo(Math.min(i, j) + 1);
    }

    @Property(tries = 200)
    void an_in_memory_trail_stays_verifiable_as_entries_are_appended(@ForAll("chains") List<AuditEntry> chain) {
        InMemoryAuditTrail trail = new InMemoryAuditTrail();
        chain.forEach(entry -> trail.append(entry.content()));

        assertThat(new VerifyAuditChainService(trail).verify(VerifyAuditChainCommand.withoutAnchors()))
                .isEqualTo(new ChainVerification.Intact(chain.size(), chain.getLast().hash()));
    }
}
