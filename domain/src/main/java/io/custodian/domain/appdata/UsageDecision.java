package io.custodian.domain.appdata;

/** The {@link UsagePolicy}'s verdict on a batch of usage events. */
public sealed interface UsageDecision {

    record Accepted() implements UsageDecision {
    }

    /** The whole batch is refused; {@code reason} names the first offending event by its index in the batch. */
    record Rejected(String reason) implements UsageDecision {
        public Rejected {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("Rejected needs a reason");
            }
        }
    }
}
