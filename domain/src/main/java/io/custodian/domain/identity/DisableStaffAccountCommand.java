package io.custodian.domain.identity;

import io.custodian.domain.access.LoginName;
import io.custodian.domain.audit.Actor;

import java.util.Objects;

/** The operator disables the account {@code loginName}: it keeps its history, its sessions end, it cannot sign in. */
public record DisableStaffAccountCommand(Actor.Automated operator, LoginName loginName) {

    public DisableStaffAccountCommand {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(loginName, "loginName");
    }
}
