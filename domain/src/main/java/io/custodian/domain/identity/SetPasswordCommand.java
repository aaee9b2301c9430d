package io.custodian.domain.identity;

import io.custodian.domain.access.StaffId;
import io.custodian.domain.audit.Actor;

import java.util.Objects;

/**
 * {@code actor} sets the password of account {@code staff}. The actor is a staff member (who must be a privacy officer
 * in service, and not the account's owner), or the operator as a system actor ({@code Actor.system("cli")}): only
 * server-side code such as the command line may pass a system actor, never one taken from a request.
 */
public record SetPasswordCommand(Actor actor, StaffId staff, Password password) {

    public SetPasswordCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(password, "password");
    }
}
