package io.custodian.domain.access;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** In-memory {@link StaffDirectory} for domain tests. */
public final class InMemoryStaffDirectory implements StaffDirectory {

    private final Map<StaffId, StaffMember> members = new LinkedHashMap<>();

    public static InMemoryStaffDirectory with(StaffMember... initial) {
        InMemoryStaffDirectory directory = new InMemoryStaffDirectory();
        for (StaffMember member : initial) {
            directory.save(member);
        }
        return directory;
    }

    @Override
    public synchronized Optional<StaffMember> findById(StaffId id) {
        return Optional.ofNullable(members.get(id));
    }

    @Override
    public synchronized Optional<StaffMember> findByLogin(LoginName login) {
        return members.values().stream().filter(member -> member.loginName().equals(login)).findFirst();
    }

    @Override
    public synchronized void save(StaffMember member) {
        findByLogin(member.loginName())
                .filter(other -> !other.id().equals(member.id()))
                .ifPresent(other -> {
                    throw new IllegalArgumentException("login name " + member.loginName() + " is already in use");
                });
        members.put(member.id(), member);
    }

    @Override
    public synchronized List<StaffMember> list() {
        return members.values().stream()
                .sorted(Comparator.comparing(member -> member.loginName().value()))
                .toList();
    }
}
