package io.custodian.domain.custody;

import io.custodian.domain.access.Decision;

import java.util.Objects;

/**
 * The outcome of a staff query: the answer, a refusal by the access rules (a value, recorded where the query is
 * audited), or nothing to show.
 */
public sealed interface CustodyOutcome<T> {

    record Shown<T>(T value) implements CustodyOutcome<T> {
        public Shown {
            Objects.requireNonNull(value, "value");
        }
    }

    record Refused<T>(Decision.Refused refusal) implements CustodyOutcome<T> {
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }
    }

    /** Nothing to show: e.g. no installation for the client key (never installed, or purged). */
    record NotFound<T>(String message) implements CustodyOutcome<T> {
        public NotFound {
            if (message == null || message.isBlank()) {
                throw new IllegalArgumentException("a not-found outcome needs a message");
            }
        }
    }

    static <T> CustodyOutcome<T> shown(T value) {
        return new Shown<>(value);
    }

    static <T> CustodyOutcome<T> refused(Decision.Refused refusal) {
        return new Refused<>(refusal);
    }
}
