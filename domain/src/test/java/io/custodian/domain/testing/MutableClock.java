package io.custodian.domain.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;

/** A test clock: fixed until the test moves it. Never goes backwards unless {@link #setTo} is told so. */
public final class MutableClock implements InstantSource {

    /** A fixed, arbitrary start: 2026-03-01T09:00:00Z. */
    public static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    private Instant now;

    public MutableClock(Instant start) {
        this.now = Objects.requireNonNull(start, "start");
    }

    public MutableClock() {
        this(START);
    }

    public static MutableClock at(String isoInstant) {
        return new MutableClock(Instant.parse(isoInstant));
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    public synchronized MutableClock advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("the clock does not go backwards; use setTo");
        }
        now = now.plus(duration);
        return this;
    }

    public MutableClock advanceDays(long days) {
        return advance(Duration.ofDays(days));
    }

    public synchronized MutableClock setTo(Instant instant) {
        now = Objects.requireNonNull(instant, "instant");
        return this;
    }

    @Override
    public String toString() {
        return "MutableClock[" + instant() + "]";
    }
}
