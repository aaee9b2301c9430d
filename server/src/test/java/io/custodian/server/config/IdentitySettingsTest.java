package io.custodian.server.config;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentitySettingsTest {

    @Test
    void defaults_are_eight_hour_sessions_and_a_fifteen_minute_lockout_after_five_failures() {
        var identity = new SettingsLoader(Map.of()).load().identity();

        assertThat(identity.sessionLifetime()).isEqualTo(Duration.ofHours(8));
        assertThat(identity.throttle().maxFailures()).isEqualTo(5);
        assertThat(identity.throttle().lockout()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void the_environment_overrides_them() {
        var identity = new SettingsLoader(Map.of(
                "CUSTODIAN_STAFF_SESSION_TTL", "PT30M",
                "CUSTODIAN_LOGIN_MAX_FAILURES", "10",
                "CUSTODIAN_LOGIN_LOCKOUT", "PT1H")).load().identity();

        assertThat(identity.sessionLifetime()).isEqualTo(Duration.ofMinutes(30));
        assertThat(identity.throttle().maxFailures()).isEqualTo(10);
        assertThat(identity.throttle().lockout()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void values_out_of_range_are_reported_together_with_their_variables() {
        assertThatThrownBy(() -> new SettingsLoader(Map.of(
                "CUSTODIAN_STAFF_SESSION_TTL", "P60D",
                "CUSTODIAN_LOGIN_MAX_FAILURES", "0",
                "CUSTODIAN_LOGIN_LOCKOUT", "soon")).load())
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p).contains("CUSTODIAN_STAFF_SESSION_TTL"))
                        .anySatisfy(p -> assertThat(p).contains("CUSTODIAN_LOGIN_MAX_FAILURES"))
                        .anySatisfy(p -> assertThat(p).contains("CUSTODIAN_LOGIN_LOCKOUT")));
    }
}
