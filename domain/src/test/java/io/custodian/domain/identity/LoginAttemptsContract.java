package io.custodian.domain.identity;

import io.custodian.domain.access.LoginName;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The behaviour every {@link LoginAttempts} must have. Extend it and return an empty store from {@link #newAttempts()}. */
public abstract class LoginAttemptsContract {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00.000001Z");
    private static final LoginName ALICE = new LoginName("alice");
    private static final LoginName MALLORY = new LoginName("mallory@example.com");

    protected abstract LoginAttempts newAttempts();

    private LoginAttempts attempts;

    @BeforeEach
    public void createStore() {
        attempts = newAttempts();
    }

    @Test
    public void a_login_name_without_failures_has_no_record() {
        assertThat(attempts.find(ALICE)).isEmpty();
    }

    @Test
    public void the_first_failure_is_recorded_when_there_was_no_record() {
        FailedLogins first = new FailedLogins(ALICE, 1, T0);

        assertThat(attempts.replace(Optional.empty(), first)).isTrue();

        assertThat(attempts.find(ALICE)).contains(first);
        assertThat(attempts.find(MALLORY)).isEmpty();
    }

    @Test
    public void a_record_is_replaced_only_while_it_is_the_expected_one() {
        FailedLogins first = new FailedLogins(ALICE, 1, T0);
        attempts.replace(Optional.empty(), first);
        FailedLogins second = new FailedLogins(ALICE, 2, T0.plusSeconds(5));

        assertThat(attempts.replace(Optional.of(first), second)).isTrue();
        assertThat(attempts.replace(Optional.of(first), new FailedLogins(ALICE, 2, T0.plusSeconds(6)))).isFalse();
        assertThat(attempts.replace(Optional.empty(), new FailedLogins(ALICE, 1, T0.plusSeconds(7)))).isFalse();

        assertThat(attempts.find(ALICE)).contains(second);
    }

    @Test
    public void the_expected_record_must_be_of_the_same_login_name() {
        FailedLogins ofMallory = new FailedLogins(MALLORY, 1, T0);
        attempts.replace(Optional.empty(), ofMallory);

        assertThatThrownBy(() -> attempts.replace(Optional.of(ofMallory), new FailedLogins(ALICE, 2, T0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(attempts.find(ALICE)).isEmpty();
    }

    @Test
    public void clearing_forgets_the_failures_of_that_login_name_only() {
        attempts.replace(Optional.empty(), new FailedLogins(ALICE, 1, T0));
        FailedLogins ofMallory = new FailedLogins(MALLORY, 3, T0);
        attempts.replace(Optional.empty(), ofMallory);

        attempts.clear(ALICE);
        attempts.clear(new LoginName("nobody"));

        assertThat(attempts.find(ALICE)).isEmpty();
        assertThat(attempts.find(MALLORY)).contains(ofMallory);
        assertThat(attempts.replace(Optional.empty(), new FailedLogins(ALICE, 1, T0.plusSeconds(1)))).isTrue();
    }

    @Test
    public void records_whose_last_failure_is_before_the_cutoff_are_forgotten() {
        attempts.replace(Optional.empty(), new FailedLogins(ALICE, 5, T0));
        FailedLogins recent = new FailedLogins(MALLORY, 2, T0.plusSeconds(3600));
        attempts.replace(Optional.empty(), recent);

        int forgotten = attempts.forgetFailuresBefore(T0.plusSeconds(1800));

        assertThat(forgotten).isEqualTo(1);
        assertThat(attempts.find(ALICE)).isEmpty();
        assertThat(attempts.find(MALLORY)).contains(recent);
    }
}
