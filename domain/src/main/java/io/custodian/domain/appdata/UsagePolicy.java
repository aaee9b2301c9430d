package io.custodian.domain.appdata;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Which batches of usage events are accepted: 1 to {@code maxEvents} events, none that occurred more than
 * {@code futureLeeway} after now (clock skew between the add-on and this server), none older than {@code maxAge}
 * (usage statistics are Session Data of the recent use of the service; a stale event is an error or a replay).
 */
public record UsagePolicy(int maxEvents, Duration futureLeeway, Duration maxAge) {

    public static final int DEFAULT_MAX_EVENTS = 100;
    public static final Duration DEFAULT_FUTURE_LEEWAY = Duration.ofMinutes(5);
    public static final Duration DEFAULT_MAX_AGE = Duration.ofDays(30);

    public static final int MAX_MAX_EVENTS = 1000;
    public static final Duration MAX_FUTURE_LEEWAY = Duration.ofHours(1);
    public static final Duration MAX_MAX_AGE = Duration.ofDays(365);

    public UsagePolicy {
        Objects.requireNonNull(futureLeeway, "futureLeeway");
        Objects.requireNonNull(maxAge, "maxAge");
        if (maxEvents < 1 || maxEvents > MAX_MAX_EVENTS) {
            throw new IllegalArgumentException("usage maxEvents must be between 1 and " + MAX_MAX_EVENTS + ", was "
                    + maxEvents);
        }
        if (futureLeeway.isNegative() || futureLeeway.compareTo(MAX_FUTURE_LEEWAY) > 0) {
            throw new IllegalArgumentException("usage futureLeeway must be between 0 and " + MAX_FUTURE_LEEWAY
                    + ", was " + futureLeeway);
        }
        if (maxAge.isNegative() || maxAge.isZero() || maxAge.compareTo(MAX_MAX_AGE) > 0) {
            throw new IllegalArgumentException("usage maxAge must be positive and at most " + MAX_MAX_AGE
                    + ", was " + maxAge);
        }
    }

    public static UsagePolicy defaults() {
        return new UsagePolicy(DEFAULT_MAX_EVENTS, DEFAULT_FUTURE_LEEWAY, DEFAULT_MAX_AGE);
    }

    public UsageDecision check(List<UsageEvent> events, Instant now) {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(now, "now");
        if (events.isEmpty() || events.size() > maxEvents) {
            return new UsageDecision.Rejected("a batch holds 1 to " + maxEvents + " events, this one has "
                    + events.size());
        }
        Instant latest = now.plus(futureLeeway);
        Instant earliest = now.minus(maxAge);
        for (int index = 0; index < events.size(); index++) {
            Instant occurredAt = events.get(index).occurredAt();
            if (occurredAt.isAfter(latest)) {
                return new UsageDecision.Rejected("events[" + index + "] occurred more than " + words(futureLeeway)
                        + " in the future");
            }
            if (occurredAt.isBefore(earliest)) {
                return new UsageDecision.Rejected("events[" + index + "] occurred more than " + words(maxAge)
                        + " ago");
            }
        }
        return new UsageDecision.Accepted();
    }

    private static String words(Duration duration) {
        if (duration.isZero()) {
            return "0 seconds";
        }
        if (duration.toDaysPart() > 0 && duration.equals(Duration.ofDays(duration.toDays()))) {
            return duration.toDays() + " days";
        }
        if (duration.toHours() > 0 && duration.equals(Duration.ofHours(duration.toHours()))) {
            return duration.toHours() + " hours";
        }
        if (duration.toMinutes() > 0 && duration.equals(Duration.ofMinutes(duration.toMinutes()))) {
            return duration.toMinutes() + " minutes";
        }
        return duration.toSeconds() + " seconds";
    }
}
