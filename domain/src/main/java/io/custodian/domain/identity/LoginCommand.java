package io.custodian.domain.identity;

import java.time.Instant;
import java.util.Objects;

/**
 * Sign in as {@code loginName} with {@code password} at {@code at}. The login name is taken as typed: one that is not
 * a valid {@link io.custodian.domain.access.LoginName} is refused like a wrong password.
 */
public record LoginCommand(String loginName, Password password, Instant at) {

    public LoginCommand {
        Objects.requireNonNull(loginName, "loginName");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(at, "at");
    }
}
