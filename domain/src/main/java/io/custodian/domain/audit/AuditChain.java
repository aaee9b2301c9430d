package io.custodian.domain.audit;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The hash chain: how the next entry is computed, and how a chain is verified.
 *
 * <p>Entry {@code n} (from 1) holds the hash of entry {@code n-1} ({@link AuditHash#GENESIS} for the first) and its
 * own hash, the SHA-256 of {@link AuditCanonicalForm its canonical form}, which covers its sequence number, that
 * previous hash and all its content. So changing, removing, inserting or reordering any entry breaks the chain at
 * that position — unless every later hash is recomputed too, or entries are cut from the end; to catch those,
 * verify against {@link ChainAnchor anchors} kept outside the trail.
 */
public final class AuditChain {

    private AuditChain() {
    }

    /** The hash an entry with this position, content and predecessor hash must carry. */
    public static AuditHash hashOf(long sequence, AuditDraft content, AuditHash previousHash) {
        return AuditHash.sha256(AuditCanonicalForm.of(sequence, content, previousHash));
    }

    /** The entry that follows {@code previous} (or starts the chain when empty) with {@code draft} as content. */
    public static AuditEntry append(Optional<AuditEntry> previous, AuditDraft draft) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(draft, "draft");
        long sequence = previous.map(entry -> Math.addExact(entry.sequence(), 1L)).orElse(1L);
        AuditHash previousHash = previous.map(AuditEntry::hash).orElse(AuditHash.GENESIS);
        return new AuditEntry(sequence, draft, previousHash, hashOf(sequence, draft, previousHash));
    }

    /** Verifies a whole chain held in memory. */
    public static ChainVerification verify(List<AuditEntry> entries) {
        return verify(entries.iterator(), List.of());
    }

    /**
     * Verifies a chain streamed in order from its first entry, and each anchor against the entry it names.
     * Reports the first position where the chain breaks.
     *
     * @throws IllegalArgumentException if two anchors name the same position with different hashes
     */
    public static ChainVerification verify(Iterator<AuditEntry> entries, Collection<ChainAnchor> anchors) {
        Objects.requireNonNull(entries, "entries");
        Map<Long, AuditHash> anchored = new TreeMap<>();
        for (ChainAnchor anchor : anchors) {
            AuditHash earlier = anchored.putIfAbsent(anchor.sequence(), anchor.hash());
            if (earlier != null && !earlier.equals(anchor.hash())) {
                throw new IllegalArgumentException("conflicting anchors for entry " + anchor.sequence());
            }
        }
        long position = 1;
        AuditHash previousHash = AuditHash.GENESIS;
        while (entries.hasNext()) {
            AuditEntry entry = entries.next();
            if (entry.sequence() != position) {
                return new ChainVerification.Broken(position, entry.sequence() < position
                        ? "expected entry " + position + " but found entry " + entry.sequence()
                                + " again: an entry was inserted or entries were reordered"
                        : "expected entry " + position + " but found entry " + entry.sequence()
                                + ": entries were removed or reordered");
            }
            if (!entry.previousHash().equals(previousHash)) {
                return new ChainVerification.Broken(position, "entry " + position
                        + " does not link to the entry before it: its previous hash is " + entry.previousHash()
                        + ", expected " + previousHash);
            }
            AuditHash recomputed = hashOf(entry.sequence(), entry.content(), entry.previousHash());
            if (!recomputed.equals(entry.hash())) {
                return new ChainVerification.Broken(position, "entry " + position
                        + " was modified: its content hashes to " + recomputed + ", not to its stored hash "
                        + entry.hash());
            }
            AuditHash anchor = anchored.get(position);
            if (anchor != null && !anchor.equals(entry.hash())) {
                return new ChainVerification.Broken(position, "entry " + position + " differs from its anchor "
                        + anchor + ": this entry or an earlier one was changed and the chain re-hashed");
            }
            previousHash = entry.hash();
            position++;
        }
        long count = position - 1;
        for (long anchoredSequence : anchored.keySet()) {
            if (anchoredSequence > count) {
                return new ChainVerification.Broken(count + 1, "the chain ends after entry " + count
                        + " but entry " + anchoredSequence + " was anchored: entries were removed from the end");
            }
        }
        return new ChainVerification.Intact(count, previousHash);
    }
}
