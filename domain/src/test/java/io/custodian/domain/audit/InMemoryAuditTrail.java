package io.custodian.domain.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** In-memory {@link AuditTrail} for domain tests; {@link #tamper} simulates someone editing the storage. */
public final class InMemoryAuditTrail implements AuditTrail {

    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized AuditEntry append(AuditDraft draft) {
        AuditEntry entry = AuditChain.append(head(), draft);
        entries.add(entry);
        return entry;
    }

    @Override
    public synchronized Optional<AuditEntry> head() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.getLast());
    }

    @Override
    public synchronized List<AuditEntry> page(AuditPageQuery query) {
        return entries.stream()
                .filter(entry -> entry.sequence() > query.afterSequence())
                .limit(query.limit())
                .toList();
    }

    @Override
    public synchronized Stream<AuditEntry> streamAll() {
        return List.copyOf(entries).stream();
    }

    /** Replaces the stored entries with {@code change} applied to them, bypassing the chain (tests only). */
    public synchronized void tamper(UnaryOperator<List<AuditEntry>> change) {
        List<AuditEntry> changed = change.apply(new ArrayList<>(entries));
        entries.clear();
        entries.addAll(changed);
    }
}
