package io.custodian.domain.audit;

import java.util.Objects;

/**
 * An entry of the append-only audit chain: its content, its position ({@code sequence}, from 1), the hash of the
 * entry before it ({@link AuditHash#GENESIS} for the first) and its own hash over both (see
 * {@link AuditCanonicalForm}). The constructor checks only the shape, not the hashes: an entry read back from
 * storage may have been tampered with, and {@link AuditChain#verify} is what finds out.
 */
public record AuditEntry(long sequence, AuditDraft content, AuditHash previousHash, AuditHash hash) {

    public AuditEntry {
        if (sequence < 1) {
            throw new IllegalArgumentException("audit sequence numbers start at 1: " + sequence);
        }
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }
}
