package io.custodian.domain.support;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a ticket stands with the external help desk, if one is configured (see {@link TicketForwarder}). The local
 * ticket never depends on it: a failed forwarding is recorded here, the ticket stays open in Custodian's desk.
 */
public sealed interface Forwarding {

    int MAX_REFERENCE_LENGTH = 255;
    int MAX_REASON_LENGTH = 500;

    /** {@code PENDING}, {@code NOT_FORWARDED}, {@code FORWARDED} or {@code FAILED}. */
    String code();

    /** Opened locally; the help desk's answer is not recorded yet (or the process stopped before it was). */
    record Pending() implements Forwarding {
        @Override
        public String code() {
            return "PENDING";
        }
    }

    /** No external help desk is configured. */
    record NotForwarded() implements Forwarding {
        @Override
        public String code() {
            return "NOT_FORWARDED";
        }
    }

    /** The help desk created a request, e.g. {@code SD-42}. */
    record Forwarded(String reference, Instant at) implements Forwarding {
        public Forwarded {
            if (reference == null || reference.isBlank() || reference.length() > MAX_REFERENCE_LENGTH
                    || reference.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("a help-desk reference is 1 to " + MAX_REFERENCE_LENGTH
                        + " characters without control characters");
            }
            Objects.requireNonNull(at, "at");
        }

        @Override
        public String code() {
            return "FORWARDED";
        }
    }

    /** The help desk could not be reached or refused the request; {@code reason} holds no secret. */
    record Failed(String reason, Instant at) implements Forwarding {
        public Failed {
            if (reason == null || reason.isBlank() || reason.length() > MAX_REASON_LENGTH) {
                throw new IllegalArgumentException("a forwarding failure needs a reason of at most "
                        + MAX_REASON_LENGTH + " characters");
            }
            Objects.requireNonNull(at, "at");
        }

        @Override
        public String code() {
            return "FAILED";
        }
    }
}
