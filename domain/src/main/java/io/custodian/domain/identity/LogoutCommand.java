package io.custodian.domain.identity;

import java.time.Instant;
import java.util.Objects;

/** End the session of the presented bearer {@code token} at {@code at}. */
public record LogoutCommand(String token, Instant at) {

    public LogoutCommand {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(at, "at");
    }

    @Override
    public String toString() {
        return "LogoutCommand[token=redacted, at=" + at + "]";
    }
}
