package io.custodian.web.connect.data;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

import io.custodian.domain.appdata.UsageEvent;
import io.custodian.domain.appdata.UsageEventName;

/**
 * Body of {@code POST /connect/v1/usage}: a batch of usage events. How many events a batch may hold and how far in the
 * past or future they may lie is the domain's {@code UsagePolicy}.
 * <pre>{@code {"events": [{"name": "sync.completed", "occurredAt": "2026-03-01T08:59:00Z", "count": 3}]}}</pre>
 */
record UsageBatchBody(List<Event> events) {

    UsageBatchBody {
        Objects.requireNonNull(events, "events");
        if (events.contains(null)) {
            throw new IllegalArgumentException("events must not contain null");
        }
        events = List.copyOf(events);
    }

    List<UsageEvent> toEvents() {
        return events.stream().map(Event::toEvent).toList();
    }

    /**
     * @param name       required: a safe id, at most 64 characters
     * @param occurredAt required: an ISO-8601 date-time string with offset, e.g. {@code 2026-03-01T08:59:00Z} (not a
     *                   number of epoch seconds)
     * @param count      optional, 1 to 1,000,000; 1 when absent
     */
    record Event(String name, String occurredAt, Long count) {

        Event {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(occurredAt, "occurredAt");
            count = count == null ? 1L : count;
            toEvent(name, occurredAt, count); // validates
        }

        UsageEvent toEvent() {
            return toEvent(name, occurredAt, count);
        }

        private static UsageEvent toEvent(String name, String occurredAt, long count) {
            Instant at;
            try {
                at = OffsetDateTime.parse(occurredAt).toInstant();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("occurredAt must be an ISO-8601 date-time with offset, e.g."
                        + " 2026-03-01T08:59:00Z");
            }
            return new UsageEvent(new UsageEventName(name), at, count);
        }
    }
}
