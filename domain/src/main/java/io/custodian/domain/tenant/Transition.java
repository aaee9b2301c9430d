package io.custodian.domain.tenant;

import java.util.Objects;
import java.util.Optional;

/** The outcome of a lifecycle event on a tenant: a value, never an exception. */
public sealed interface Transition {

    /** The event changed the record; {@code before} is empty for a fresh installation. */
    record Applied(Optional<InstallationRecord> before, InstallationRecord after) implements Transition {
        public Applied {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }
    }

    /** The event changed nothing (a duplicate, or an event that does not apply in this state), with why. */
    record Unchanged(InstallationRecord current, String reason) implements Transition {
        public Unchanged {
            Objects.requireNonNull(current, "current");
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("Unchanged needs a reason");
            }
        }
    }

    /** The event was refused; nothing changed. */
    record Refused(LifecycleRefusal refusal, String reason) implements Transition {
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("Refused needs a reason");
            }
        }

        public Refused(LifecycleRefusal refusal) {
            this(refusal, refusal.message());
        }
    }

    /** The record after the event, if there is one (absent when refused). */
    default Optional<InstallationRecord> result() {
        return switch (this) {
            case Applied applied -> Optional.of(applied.after());
            case Unchanged unchanged -> Optional.of(unchanged.current());
            case Refused refused -> Optional.empty();
        };
    }
}
