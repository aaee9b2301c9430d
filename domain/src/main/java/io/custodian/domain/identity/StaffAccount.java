package io.custodian.domain.identity;

import io.custodian.domain.access.StaffMember;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A staff account as the operator sees it: the member, and when its password was set (empty: no password yet). */
public record StaffAccount(StaffMember member, Optional<Instant> passwordSetAt) {

    public StaffAccount {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(passwordSetAt, "passwordSetAt");
    }

    public boolean hasPassword() {
        return passwordSetAt.isPresent();
    }
}
