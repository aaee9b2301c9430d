package io.custodian.domain.audit;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Out-port: the append-only audit log. Entries are never updated or deleted through it.
 */
public interface AuditTrail {

    /**
     * Appends {@code draft} as the next entry ({@link AuditChain#append} on the current head) and returns it.
     * Atomic: concurrent appends, from any number of processes, are serialised, so the chain never forks (no two
     * entries share a sequence number) and every entry links to the one before it.
     */
    AuditEntry append(AuditDraft draft);

    /**
     * Appends the drafts in order as consecutive entries (no other append in between) and returns them; atomic like
     * {@link #append}. The adapter takes its lock once and inserts them in one statement.
     */
    default List<AuditEntry> appendAll(List<AuditDraft> drafts) {
        return drafts.stream().map(this::append).toList();
    }

    /** The last entry, if any. */
    Optional<AuditEntry> head();

    /** A page of entries in sequence order. */
    List<AuditEntry> page(AuditPageQuery query);

    /**
     * Every entry in sequence order, read lazily so that long chains need not fit in memory. The caller closes
     * the stream (try-with-resources).
     */
    Stream<AuditEntry> streamAll();
}
