package io.custodian.server.cli;

import io.custodian.domain.access.Affiliation;
import io.custodian.domain.access.LoginName;
import io.custodian.domain.access.Role;
import io.custodian.domain.access.Team;
import io.custodian.domain.audit.Actor;
import io.custodian.domain.identity.AccountChange;
import io.custodian.domain.identity.AuthenticateStaffCommand;
import io.custodian.domain.identity.IdentityUseCases;
import io.custodian.domain.identity.LoginCommand;
import io.custodian.domain.identity.LoginOutcome;
import io.custodian.domain.identity.LoginRefusal;
import io.custodian.domain.identity.LogoutCommand;
import io.custodian.domain.identity.LogoutOutcome;
import io.custodian.domain.identity.Password;
import io.custodian.domain.identity.RegisterStaffCommand;
import io.custodian.domain.identity.SetPasswordCommand;
import io.custodian.domain.testing.MutableClock;
import io.custodian.server.testing.RunningServer;
import io.custodian.server.testing.TestServices;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code CustodianServices.identity()} over PostgreSQL and Argon2id, with the configured session and lockout settings. */
class IdentityWiringTest {

    private static final String PASSWORD = "wired password 2026";

    @Test
    void login_authenticate_logout_and_lockout_work_through_the_real_wiring() {
        var env = new HashMap<>(RunningServer.environment(IdentityWiringTest.class));
        env.put("CUSTODIAN_STAFF_SESSION_TTL", "PT1H");
        env.put("CUSTODIAN_LOGIN_MAX_FAILURES", "3");
        env.put("CUSTODIAN_LOGIN_LOCKOUT", "PT5M");
        var clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
        try (var test = TestServices.open(env, clock)) {
            IdentityUseCases identity = test.services().identity();
            var added = identity.administer().register(new RegisterStaffCommand(new Actor.Automated("cli"), "Ann",
                    new LoginName("ann"), Affiliation.EMPLOYEE, Team.SUPPORT, Role.SUPPORT_ENGINEER,
                    new Password(PASSWORD)));
            assertThat(added).isInstanceOf(AccountChange.Applied.class);
            Instant now = clock.instant();

            var in = (LoginOutcome.LoggedIn) identity.login().login(new LoginCommand("ann", new Password(PASSWORD), now));

            assertThat(in.token().value()).hasSize(43);
            assertThat(in.expiresAt()).isEqualTo(now.plus(Duration.ofHours(1)));
            assertThat(identity.authenticate().authenticate(new AuthenticateStaffCommand(in.token().value(), now)))
                    .hasValueSatisfying(staff -> assertThat(staff.loginName().value()).isEqualTo("ann"));
            assertThat(identity.logout().logout(new LogoutCommand(in.token().value(), now)))
                    .isInstanceOf(LogoutOutcome.LoggedOut.class);
            assertThat(identity.authenticate().authenticate(new AuthenticateStaffCommand(in.token().value(), now)))
                    .isEmpty();

            for (int i = 0; i < 3; i++) {
                identity.login().login(new LoginCommand("ann", new Password("wrong password"), now));
            }
            assertThat(identity.login().login(new LoginCommand("ann", new Password(PASSWORD), now)))
                    .isEqualTo(new LoginOutcome.Refused(new LoginRefusal.TooManyAttempts(now.plus(Duration.ofMinutes(5)))));

            var member = identity.administer().find(new LoginName("ann")).orElseThrow().member();
            assertThat(identity.setPassword().setPassword(new SetPasswordCommand(Actor.system("cli"), member.id(),
                    new Password("a new password for ann")))).isInstanceOf(AccountChange.Applied.class);
            assertThat(identity.login().login(new LoginCommand("ann", new Password("a new password for ann"), now)))
                    .isInstanceOf(LoginOutcome.LoggedIn.class);
        }
    }
}
