package io.custodian.domain.access;

import java.util.List;
import java.util.Optional;

/** Out-port: the staff accounts. */
public interface StaffDirectory {

    Optional<StaffMember> findById(StaffId id);

    Optional<StaffMember> findByLogin(LoginName login);

    /**
     * Inserts the member, or replaces the one with the same id.
     *
     * @throws IllegalArgumentException if another member (another id) already uses the member's login name
     */
    void save(StaffMember member);

    /** Every account, active or not, ordered by login name. */
    List<StaffMember> list();
}
