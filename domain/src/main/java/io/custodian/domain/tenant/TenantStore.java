package io.custodian.domain.tenant;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Out-port: where installation records live, one per client key. */
public interface TenantStore {

    Optional<InstallationRecord> find(ClientKey clientKey);

    /** Inserts or replaces the record of its client key. */
    void save(InstallationRecord record);

    /** Forgets the record (after a purge only the deletion receipt remains). Does nothing if there is none. */
    void delete(ClientKey clientKey);

    /** The records of those of {@code clientKeys} that have one, in the order given (one query in the adapter). */
    default List<InstallationRecord> findAll(Collection<ClientKey> clientKeys) {
        return clientKeys.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /** Forgets the records of {@code clientKeys}, as {@link #delete} does for each (one statement in the adapter). */
    default void deleteAll(Collection<ClientKey> clientKeys) {
        clientKeys.forEach(this::delete);
    }

    /** Tenants marked for deletion whose purge deadline is at or before {@code until}, earliest deadline first. */
    List<InstallationRecord> markedForDeletionDueBy(Instant until);
}
