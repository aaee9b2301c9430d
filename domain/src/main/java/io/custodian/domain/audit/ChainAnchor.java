package io.custodian.domain.audit;

import java.util.Objects;

/**
 * The hash of one entry, recorded outside the audit trail (in a report, a receipt, another system). A hash
 * chain alone cannot reveal entries cut from its end, nor a chain rewritten from some entry onwards; checking it
 * against anchors can.
 */
public record ChainAnchor(long sequence, AuditHash hash) {

    public ChainAnchor {
        if (sequence < 1) {
            throw new IllegalArgumentException("audit sequence numbers start at 1: " + sequence);
        }
        Objects.requireNonNull(hash, "hash");
    }

    public static ChainAnchor of(AuditEntry entry) {
        return new ChainAnchor(entry.sequence(), entry.hash());
    }
}
