package io.custodian.domain.access;

import java.util.Objects;

/** {@code actor} adds a new, active staff account. */
public record AddStaffCommand(
        StaffId actor,
        String displayName,
        LoginName loginName,
        Affiliation affiliation,
        Team team,
        Role role) {

    public AddStaffCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(loginName, "loginName");
        Objects.requireNonNull(affiliation, "affiliation");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(role, "role");
    }
}
