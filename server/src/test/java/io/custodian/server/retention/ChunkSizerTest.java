package io.custodian.server.retention;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Page sweep chunks kept near their target duration: halved when slow, grown back when fast, within bounds. */
class ChunkSizerTest {

    private static final Duration TARGET = Duration.ofMillis(50);

    @Test
    void the_first_chunk_has_the_configured_size() {
        assertThat(new ChunkSizer(25_000, TARGET).rows()).isEqualTo(25_000);
    }

    @Test
    void a_chunk_slower_than_the_target_halves_the_next_down_to_a_sixteenth() {
        var sizer = new ChunkSizer(16_000, TARGET);

        sizer.observe(Duration.ofMillis(51));
        assertThat(sizer.rows()).isEqualTo(8_000);
        sizer.observe(Duration.ofMillis(400));
        assertThat(sizer.rows()).isEqualTo(4_000);
        sizer.observe(Duration.ofMillis(400));
        sizer.observe(Duration.ofMillis(400));
        assertThat(sizer.rows()).isEqualTo(1_000);
        sizer.observe(Duration.ofSeconds(2));
        assertThat(sizer.rows()).as("never below a sixteenth").isEqualTo(1_000);
    }

    @Test
    void chunks_within_the_target_and_above_half_of_it_keep_their_size() {
        var sizer = new ChunkSizer(16_000, TARGET);
        sizer.observe(Duration.ofMillis(80));

        sizer.observe(Duration.ofMillis(50));
        sizer.observe(Duration.ofMillis(25));

        assertThat(sizer.rows()).isEqualTo(8_000);
    }

    @Test
    void chunks_faster_than_half_the_target_grow_by_a_quarter_back_to_the_configured_size() {
        var sizer = new ChunkSizer(16_000, TARGET);
        sizer.observe(Duration.ofMillis(80));
        sizer.observe(Duration.ofMillis(80));
        assertThat(sizer.rows()).isEqualTo(4_000);

        sizer.observe(Duration.ofMillis(24));
        assertThat(sizer.rows()).isEqualTo(5_000);
        sizer.observe(Duration.ofMillis(10));
        assertThat(sizer.rows()).isEqualTo(6_250);
        for (int i = 0; i < 10; i++) {
            sizer.observe(Duration.ofMillis(1));
        }
        assertThat(sizer.rows()).as("never above the configured size").isEqualTo(16_000);
    }

    @Test
    void the_smallest_sizes_still_move_by_at_least_one_row() {
        var sizer = new ChunkSizer(3, TARGET);
        sizer.observe(Duration.ofSeconds(1));
        assertThat(sizer.rows()).isEqualTo(1);

        sizer.observe(Duration.ZERO);
        assertThat(sizer.rows()).isEqualTo(2);
        sizer.observe(Duration.ZERO);
        sizer.observe(Duration.ZERO);
        assertThat(sizer.rows()).isEqualTo(3);
    }

    @Test
    void a_zero_target_keeps_every_chunk_at_the_configured_size() {
        var sizer = new ChunkSizer(25_000, Duration.ZERO);

        sizer.observe(Duration.ofSeconds(5));
        sizer.observe(Duration.ofNanos(1));

        assertThat(sizer.rows()).isEqualTo(25_000);
    }

    @Test
    void sizes_and_targets_out_of_range_are_refused() {
        assertThatThrownBy(() -> new ChunkSizer(0, TARGET)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChunkSizer(10, Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
