package io.custodian.domain.appdata;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UsagePolicyTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    private final UsagePolicy policy = new UsagePolicy(3, Duration.ofMinutes(5), Duration.ofDays(30));

    private static UsageEvent at(Instant occurredAt) {
        return new UsageEvent(new UsageEventName("sync.completed"), occurredAt, 1);
    }

    @Test
    void accepts_events_from_the_maximum_age_up_to_the_future_leeway() {
        assertThat(policy.check(List.of(at(NOW.minus(Duration.ofDays(30))), at(NOW), at(NOW.plusSeconds(300))), NOW))
                .isEqualTo(new UsageDecision.Accepted());
    }

    @Test
    void rejects_an_event_beyond_the_future_leeway_naming_it() {
        assertThat(policy.check(List.of(at(NOW), at(NOW.plusSeconds(301))), NOW))
                .isEqualTo(new UsageDecision.Rejected("events[1] occurred more than 5 minutes in the future"));
    }

    @Test
    void rejects_an_event_older_than_the_maximum_age_naming_it() {
        assertThat(policy.check(List.of(at(NOW.minus(Duration.ofDays(30)).minusMillis(1))), NOW))
                .isEqualTo(new UsageDecision.Rejected("events[0] occurred more than 30 days ago"));
    }

    @Test
    void rejects_an_empty_batch_and_one_over_the_limit() {
        assertThat(policy.check(List.of(), NOW))
                .isEqualTo(new UsageDecision.Rejected("a batch holds 1 to 3 events, this one has 0"));
        assertThat(policy.check(Collections.nCopies(4, at(NOW)), NOW))
                .isEqualTo(new UsageDecision.Rejected("a batch holds 1 to 3 events, this one has 4"));
    }

    @Test
    void settings_out_of_bounds_are_refused() {
        assertThatThrownBy(() -> new UsagePolicy(0, Duration.ZERO, Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UsagePolicy(1001, Duration.ZERO, Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UsagePolicy(10, Duration.ofMinutes(61), Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UsagePolicy(10, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UsagePolicy(10, Duration.ZERO, Duration.ofDays(366)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(UsagePolicy.defaults()).isEqualTo(new UsagePolicy(100, Duration.ofMinutes(5), Duration.ofDays(30)));
    }

    @Test
    void an_event_counts_one_to_a_million_occurrences() {
        assertThatThrownBy(() -> new UsageEvent(new UsageEventName("a"), NOW, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UsageEvent(new UsageEventName("a"), NOW, 1_000_001))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new UsageEvent(new UsageEventName("a"), NOW, 1_000_000).count()).isEqualTo(1_000_000);
    }
}
