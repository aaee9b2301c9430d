package io.custodian.domain.datamap;

import java.util.Objects;

/**
 * One rule that ends the life of an item. An item kind carries one or more rules (see {@link DataMap});
 * the item is deleted at the earliest deadline any of its rules gives. Durations are not part of the rule:
 * they come from {@code RetentionSettings}, so the data map can be read without configuration.
 */
public sealed interface RetentionRule {

    /** Kept while the tenant is subscribed; deleted when the tenant is purged. Every kind carries this rule. */
    record UntilPurge() implements RetentionRule {
    }

    /** Deleted when it has not been written for the operation max-idle time. Every operation kind carries it. */
    record MaxIdle() implements RetentionRule {
    }

    /** Deleted together with its parent item, which is of the given kind. */
    record WithParent(ItemKind parent) implements RetentionRule {
        public WithParent {
            Objects.requireNonNull(parent, "parent");
        }
    }

    /** Only the newest {@code count} items of the kind under the same parent are kept; a newer write deletes the oldest. */
    record KeepLatest(int count) implements RetentionRule {
        public KeepLatest {
            if (count < 1) {
                throw new IllegalArgumentException("KeepLatest count must be at least 1, was " + count);
            }
        }
    }

    /** Deleted as soon as the customer removes it (no deadline of its own). */
    record UntilRemoved() implements RetentionRule {
    }

    /** Deleted when the session retention period has passed since it was last written. */
    record SessionPeriod() implements RetentionRule {
    }

    /** Deleted when the support retention period has passed since its ticket was resolved. */
    record AfterTicketResolved() implements RetentionRule {
    }

    /** The rule in words, for the staff API and the reports. */
    default String describe() {
        return switch (this) {
            case UntilPurge() -> "kept while subscribed; deleted when the tenant is purged";
            case MaxIdle() -> "deleted when not written for the operation max-idle time";
            case WithParent(ItemKind parent) -> "deleted together with its " + parent.name().toLowerCase().replace('_', ' ');
            case KeepLatest(int count) when count == 1 -> "replaced on refresh: only the latest one is kept";
            case KeepLatest(int count) -> "only the latest " + count + " are kept; a newer write deletes the oldest";
            case UntilRemoved() -> "deleted as soon as the customer removes it";
            case SessionPeriod() -> "deleted when the session retention period has passed since it was written";
            case AfterTicketResolved() -> "deleted when the support retention period has passed since its ticket was resolved";
        };
    }
}
