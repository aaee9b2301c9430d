package io.custodian.domain.support;

/** A {@link TicketForwarder}'s answer, before the service stamps it with the time and records it on the ticket. */
public sealed interface ForwardingResult {

    /** No help desk is configured. */
    record Disabled() implements ForwardingResult {
    }

    /** The help desk created a request with this reference (e.g. its issue key). */
    record Created(String reference) implements ForwardingResult {
        public Created {
            if (reference == null || reference.isBlank()) {
                throw new IllegalArgumentException("a created request needs its reference");
            }
        }
    }

    /** The help desk was unreachable, timed out or refused; {@code reason} must not hold secrets. */
    record Failed(String reason) implements ForwardingResult {
        public Failed {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("a failure needs a reason");
            }
        }
    }
}
