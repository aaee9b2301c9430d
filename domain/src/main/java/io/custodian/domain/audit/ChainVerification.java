package io.custodian.domain.audit;

import java.util.Objects;

/** Result of verifying the audit chain. */
public sealed interface ChainVerification {

    /**
     * Every entry is in place and unchanged.
     *
     * @param count    number of entries
     * @param headHash hash of the last entry ({@link AuditHash#GENESIS} for an empty chain): anchor it elsewhere
     */
    record Intact(long count, AuditHash headHash) implements ChainVerification {
        public Intact {
            if (count < 0) {
                throw new IllegalArgumentException("count must not be negative");
            }
            Objects.requireNonNull(headHash, "headHash");
        }
    }

    /**
     * The chain is broken at position {@code atSequence} (1-based): entries before it verify, this one does not
     * (it was modified, or it is not the entry that belongs there because entries were removed, inserted or
     * reordered, or the chain ends before it).
     */
    record Broken(long atSequence, String reason) implements ChainVerification {
        public Broken {
            if (atSequence < 1) {
                throw new IllegalArgumentException("positions start at 1");
            }
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("a broken chain needs a reason");
            }
        }
    }

    default boolean isIntact() {
        return switch (this) {
            case Intact intact -> true;
            case Broken broken -> false;
        };
    }
}
