package io.custodian.domain.identity;

import io.custodian.domain.access.LoginName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static io.custodian.domain.access.StaffMemberBuilder.aPrivacyOfficer;
import static io.custodian.domain.access.StaffMemberBuilder.aSupportEngineer;
import static org.assertj.core.api.Assertions.assertThat;

class SweepIdentityServiceTest {

    private static final String OLD = "the password, long enough";

    private final IdentityFixture f = new IdentityFixture();

    {
        f.withPassword(aSupportEngineer().login("alice").build(), OLD);
        f.withPassword(aPrivacyOfficer().login("officer").build(), OLD);
    }

    private LoginOutcome login(String login, String password) {
        return f.sessionService.login(new LoginCommand(login, new Password(password), f.clock.instant()));
    }

    @Test
    void the_sweep_deletes_ended_sessions_and_forgotten_failures() {
        LoginOutcome.LoggedIn ended = (LoginOutcome.LoggedIn) login("alice", OLD);
        f.sessionService.logout(new LogoutCommand(ended.token().value(), f.clock.instant()));
        login("officer", "wrong password here");
        f.clock.advance(Duration.ofMinutes(16));
        LoginOutcome.LoggedIn active = (LoginOutcome.LoggedIn) login("alice", OLD);

        SweepIdentityUseCase.Swept swept = f.sweep.sweep(f.clock.instant());

        assertThat(swept).isEqualTo(new SweepIdentityUseCase.Swept(1, 1));
        assertThat(f.sessions.all()).extracting(StaffSession::tokenHash).containsExactly(active.token().hash());
        assertThat(f.attempts.find(new LoginName("officer"))).isEqualTo(Optional.empty());
    }
}
