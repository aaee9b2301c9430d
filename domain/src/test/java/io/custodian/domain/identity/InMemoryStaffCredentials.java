package io.custodian.domain.identity;

import io.custodian.domain.access.StaffId;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** In-memory {@link StaffCredentials} for domain tests. */
public final class InMemoryStaffCredentials implements StaffCredentials {

    private final Map<StaffId, StaffCredential> credentials = new HashMap<>();

    @Override
    public synchronized Optional<StaffCredential> find(StaffId staff) {
        return Optional.ofNullable(credentials.get(Objects.requireNonNull(staff, "staff")));
    }

    @Override
    public synchronized void save(StaffCredential credential) {
        credentials.put(credential.staff(), credential);
    }
}
