package io.custodian.domain.retention;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetentionSettingsTest {

    @Test
    void defaults_are_180_days_grace_30_days_idle_90_days_session_30_days_support() {
        RetentionSettings defaults = RetentionSettings.defaults();
        assertThat(defaults.uninstallGrace()).isEqualTo(Duration.ofDays(180));
        assertThat(defaults.operationMaxIdle()).isEqualTo(Duration.ofDays(30));
        assertThat(defaults.sessionRetention()).isEqualTo(Duration.ofDays(90));
        assertThat(defaults.supportRetentionAfterResolved()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void a_grace_period_above_180_days_is_refused_naming_the_setting_and_the_bound() {
        assertThatThrownBy(() -> RetentionSettings.defaults().withUninstallGrace(Duration.ofDays(181)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("uninstallGrace")
                .hasMessageContaining("at most P180D")
                .hasMessageContaining("P181D");
    }

    @Test
    void a_grace_period_of_exactly_180_days_is_accepted() {
        assertThat(RetentionSettings.defaults().withUninstallGrace(Duration.ofDays(180)).uninstallGrace())
                .isEqualTo(Duration.ofDays(180));
    }

    @Test
    void zero_or_negative_durations_are_refused() {
        assertThatThrownBy(() -> RetentionSettings.defaults().withOperationMaxIdle(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("operationMaxIdle must be positive");
        assertThatThrownBy(() -> RetentionSettings.defaults().withSessionRetention(Duration.ofDays(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sessionRetention must be positive");
        assertThatThrownBy(() -> RetentionSettings.defaults().withSupportRetentionAfterResolved(Duration.ofHours(-2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("supportRetentionAfterResolved must be positive");
    }

    @Test
    void every_duration_has_an_upper_bound() {
        assertThatThrownBy(() -> RetentionSettings.defaults().withOperationMaxIdle(Duration.ofDays(181)))
                .hasMessageContaining("operationMaxIdle must be at most P180D");
        assertThatThrownBy(() -> RetentionSettings.defaults().withSessionRetention(Duration.ofDays(366)))
                .hasMessageContaining("sessionRetention must be at most P365D");
        assertThatThrownBy(() -> RetentionSettings.defaults().withSupportRetentionAfterResolved(Duration.ofDays(181)))
                .hasMessageContaining("supportRetentionAfterResolved must be at most P180D");
    }

    @Test
    void validate_returns_the_settings_when_all_are_within_bounds() {
        RetentionSettings.Validation validation = RetentionSettings.validate(Duration.ofDays(90), Duration.ofHours(12),
                Duration.ofDays(30), Duration.ofDays(7));
        assertThat(validation).isInstanceOfSatisfying(RetentionSettings.Validation.Valid.class,
                valid -> assertThat(valid.settings().operationMaxIdle()).isEqualTo(Duration.ofHours(12)));
    }

    @Test
    void validate_lists_every_problem_at_once() {
        RetentionSettings.Validation validation = RetentionSettings.validate(Duration.ofDays(365), null,
                Duration.ZERO, Duration.ofDays(30));
        assertThat(validation).isInstanceOfSatisfying(RetentionSettings.Validation.Invalid.class, invalid ->
                assertThat(invalid.problems()).hasSize(3)
                        .anySatisfy(problem -> assertThat(problem).contains("uninstallGrace").contains("P180D")
                                .contains("privacy statement"))
                        .anySatisfy(problem -> assertThat(problem).contains("operationMaxIdle is missing"))
                        .anySatisfy(problem -> assertThat(problem).contains("sessionRetention must be positive")));
    }
}
