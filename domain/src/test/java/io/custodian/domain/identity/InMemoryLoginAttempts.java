package io.custodian.domain.identity;

import io.custodian.domain.access.LoginName;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * In-memory {@link LoginAttempts} for domain tests. {@link #beforeNextReplace} lets a test interleave another
 * attempt between a read and the compare-and-set, as a concurrent process would.
 */
public final class InMemoryLoginAttempts implements LoginAttempts {

    private final Map<LoginName, FailedLogins> records = new HashMap<>();
    private Consumer<InMemoryLoginAttempts> interleaved = store -> { };

    @Override
    public synchronized Optional<FailedLogins> find(LoginName login) {
        return Optional.ofNullable(records.get(Objects.requireNonNull(login, "login")));
    }

    @Override
    public boolean replace(Optional<FailedLogins> expected, FailedLogins next) {
        Consumer<InMemoryLoginAttempts> interleave;
        synchronized (this) {
            interleave = interleaved;
            interleaved = store -> { };
        }
        interleave.accept(this);
        synchronized (this) {
            expected.ifPresent(previous -> {
                if (!previous.login().equals(next.login())) {
                    throw new IllegalArgumentException("expected and next are for different login names");
                }
            });
            if (!Objects.equals(Optional.ofNullable(records.get(next.login())), expected)) {
                return false;
            }
            records.put(next.login(), next);
            return true;
        }
    }

    @Override
    public synchronized void clear(LoginName login) {
        records.remove(login);
    }

    @Override
    public synchronized int forgetFailuresBefore(Instant cutoff) {
        int before = records.size();
        records.values().removeIf(record -> record.lastFailureAt().isBefore(cutoff));
        return before - records.size();
    }

    /** Runs {@code action} on this store just before the next {@link #replace} compares (once). */
    public synchronized void beforeNextReplace(Consumer<InMemoryLoginAttempts> action) {
        this.interleaved = Objects.requireNonNull(action, "action");
    }
}
