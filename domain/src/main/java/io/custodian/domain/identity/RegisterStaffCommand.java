package io.custodian.domain.identity;

import io.custodian.domain.access.Affiliation;
import io.custodian.domain.access.LoginName;
import io.custodian.domain.access.Role;
import io.custodian.domain.access.Team;
import io.custodian.domain.audit.Actor;

import java.util.Objects;

/** The operator ({@code operator}, a system actor such as {@code cli}) adds an active staff account with a password. */
public record RegisterStaffCommand(
        Actor.Automated operator,
        String displayName,
        LoginName loginName,
        Affiliation affiliation,
        Team team,
        Role role,
        Password password) {

    public RegisterStaffCommand {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(loginName, "loginName");
        Objects.requireNonNull(affiliation, "affiliation");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(password, "password");
    }
}
