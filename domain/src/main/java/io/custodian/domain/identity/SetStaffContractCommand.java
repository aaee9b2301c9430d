package io.custodian.domain.identity;

import io.custodian.domain.access.LoginName;
import io.custodian.domain.audit.Actor;

import java.time.LocalDate;
import java.util.Objects;

/** The operator records that subcontractor {@code loginName}'s contract is valid until (and including) a date. */
public record SetStaffContractCommand(Actor.Automated operator, LoginName loginName, LocalDate contractValidUntil) {

    public SetStaffContractCommand {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(loginName, "loginName");
        Objects.requireNonNull(contractValidUntil, "contractValidUntil");
    }
}
