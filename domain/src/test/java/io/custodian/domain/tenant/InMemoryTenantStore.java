package io.custodian.domain.tenant;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Fake {@link TenantStore}. */
public final class InMemoryTenantStore implements TenantStore {

    private final Map<ClientKey, InstallationRecord> records = new LinkedHashMap<>();

    @Override
    public synchronized Optional<InstallationRecord> find(ClientKey clientKey) {
        return Optional.ofNullable(records.get(clientKey));
    }

    @Override
    public synchronized void save(InstallationRecord record) {
        records.put(record.clientKey(), record);
    }

    @Override
    public synchronized void delete(ClientKey clientKey) {
        records.remove(clientKey);
    }

    @Override
    public synchronized List<InstallationRecord> markedForDeletionDueBy(Instant until) {
        return records.values().stream()
                .filter(record -> record.state() == TenantState.MARKED_FOR_DELETION)
                .filter(record -> !record.purgeDeadline().orElseThrow().isAfter(until))
                .sorted(Comparator.comparing((InstallationRecord record) -> record.purgeDeadline().orElseThrow())
                        .thenComparing(record -> record.clientKey().value()))
                .toList();
    }

    public synchronized List<InstallationRecord> all() {
        return List.copyOf(records.values());
    }
}
