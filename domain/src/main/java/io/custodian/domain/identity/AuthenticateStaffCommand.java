package io.custodian.domain.identity;

import java.time.Instant;
import java.util.Objects;

/** Who does the presented bearer {@code token} belong to at {@code at}? */
public record AuthenticateStaffCommand(String token, Instant at) {

    public AuthenticateStaffCommand {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(at, "at");
    }

    @Override
    public String toString() {
        return "AuthenticateStaffCommand[token=redacted, at=" + at + "]";
    }
}
