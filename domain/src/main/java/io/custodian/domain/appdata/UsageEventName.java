package io.custodian.domain.appdata;

/** What a usage event counts, e.g. {@code sync.completed}. */
public record UsageEventName(String value) {

    public static final int MAX_LENGTH = 64;

    public UsageEventName {
        SafeIds.require("usage event name", value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
