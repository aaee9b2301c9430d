package io.custodian.domain.identity;

import io.custodian.domain.access.LoginName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoginThrottleTest {

    private static final LoginName ALICE = new LoginName("alice");
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private final LoginThrottle throttle = LoginThrottle.defaults();

    private static Optional<FailedLogins> failures(int count, Instant last) {
        return Optional.of(new FailedLogins(ALICE, count, last));
    }

    @Test
    void defaults_are_five_failures_and_fifteen_minutes() {
        assertThat(throttle.maxFailures()).isEqualTo(5);
        assertThat(throttle.lockout()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void without_failures_or_with_fewer_than_five_an_attempt_proceeds() {
        assertThat(throttle.decide(Optional.empty(), T0)).isInstanceOf(LoginThrottle.Decision.Proceed.class);
        assertThat(throttle.decide(failures(4, T0), T0)).isInstanceOf(LoginThrottle.Decision.Proceed.class);
    }

    @Test
    void five_failures_lock_the_login_name_until_fifteen_minutes_after_the_last() {
        assertThat(throttle.decide(failures(5, T0), T0.plus(Duration.ofMinutes(15)).minusNanos(1)))
                .isEqualTo(new LoginThrottle.Decision.LockedOut(T0.plus(Duration.ofMinutes(15))));
        assertThat(throttle.decide(failures(9, T0), T0.plusSeconds(1)))
                .isEqualTo(new LoginThrottle.Decision.LockedOut(T0.plus(Duration.ofMinutes(15))));
    }

    @Test
    void failures_are_forgotten_once_the_lockout_has_passed_since_the_last() {
        Instant later = T0.plus(Duration.ofMinutes(15));

        assertThat(throttle.decide(failures(5, T0), later)).isInstanceOf(LoginThrottle.Decision.Proceed.class);
        assertThat(throttle.failuresCountingAt(failures(5, T0), later)).isZero();
        assertThat(throttle.afterFailure(ALICE, failures(5, T0), later)).isEqualTo(new FailedLogins(ALICE, 1, later));
    }

    @Test
    void a_failure_adds_one_to_the_counting_failures() {
        assertThat(throttle.afterFailure(ALICE, Optional.empty(), T0)).isEqualTo(new FailedLogins(ALICE, 1, T0));
        assertThat(throttle.afterFailure(ALICE, failures(3, T0), T0.plusSeconds(30)))
                .isEqualTo(new FailedLogins(ALICE, 4, T0.plusSeconds(30)));
    }

    @Test
    void the_failures_of_another_login_name_are_not_counted() {
        assertThatThrownBy(() -> throttle.afterFailure(new LoginName("bob"), failures(1, T0), T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_answer_delay_doubles_with_each_failure_up_to_the_maximum() {
        assertThat(throttle.delayAfter(new FailedLogins(ALICE, 1, T0))).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.delayAfter(new FailedLogins(ALICE, 2, T0))).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.delayAfter(new FailedLogins(ALICE, 4, T0))).isEqualTo(Duration.ofSeconds(8));
        assertThat(throttle.delayAfter(new FailedLogins(ALICE, 5, T0))).isEqualTo(Duration.ofSeconds(10));
        assertThat(throttle.delayAfter(new FailedLogins(ALICE, Integer.MAX_VALUE, T0))).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void a_throttle_without_delays_only_locks_out() {
        LoginThrottle noDelay = new LoginThrottle(3, Duration.ofMinutes(1), Duration.ZERO, Duration.ZERO);

        assertThat(noDelay.delayAfter(new FailedLogins(ALICE, 2, T0))).isZero();
        assertThat(noDelay.decide(failures(3, T0), T0)).isInstanceOf(LoginThrottle.Decision.LockedOut.class);
    }

    @Test
    void nonsensical_throttles_are_refused() {
        assertThatThrownBy(() -> LoginThrottle.of(0, Duration.ofMinutes(15))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LoginThrottle.of(5, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginThrottle(5, Duration.ofMinutes(1), Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginThrottle(5, Duration.ofMinutes(1), Duration.ofSeconds(-1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
