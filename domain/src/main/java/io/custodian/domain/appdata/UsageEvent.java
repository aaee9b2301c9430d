package io.custodian.domain.appdata;

import io.custodian.domain.retention.ItemContent;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * One usage-statistics event (Session Data): what happened, when, and how often.
 *
 * @param count how many times it happened at {@code occurredAt}, 1 to {@value #MAX_COUNT}
 */
public record UsageEvent(UsageEventName name, Instant occurredAt, long count) {

    public static final long MAX_COUNT = 1_000_000;

    public UsageEvent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("usage event count must be between 1 and " + MAX_COUNT + ", was "
                    + count);
        }
    }

    /**
     * The stored form: {@code {"name":"sync.completed","occurredAt":"2026-03-01T09:00:00Z","count":1}}, UTF-8. The
     * name's alphabet needs no JSON escaping, so the domain writes it without a JSON library.
     */
    public ItemContent content() {
        String json = "{\"name\":\"" + name.value() + "\",\"occurredAt\":\"" + occurredAt + "\",\"count\":" + count
                + "}";
        return new ItemContent(json.getBytes(StandardCharsets.UTF_8));
    }
}
