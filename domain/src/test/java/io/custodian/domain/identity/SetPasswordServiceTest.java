package io.custodian.domain.identity;

import io.custodian.domain.access.LoginName;
import io.custodian.domain.access.StaffMember;
import io.custodian.domain.audit.Actor;
import io.custodian.domain.audit.AuditOutcome;
import io.custodian.domain.audit.AuditSubject;
import org.junit.jupiter.api.Test;


import static io.custodian.domain.access.StaffMemberBuilder.aPrivacyOfficer;
import static io.custodian.domain.access.StaffMemberBuilder.aSupportEngineer;
import static org.assertj.core.api.Assertions.assertThat;

class SetPasswordServiceTest {

    private static final Actor CLI = Actor.system("cli");
    private static final String OLD = "the old password, long enough";
    private static final String NEW = "a brand new password 2026";

    private final IdentityFixture f = new IdentityFixture();
    private final StaffMember alice = f.withPassword(aSupportEngineer().login("alice").build(), OLD);
    private final StaffMember officer = f.withPassword(aPrivacyOfficer().login("officer").build(), OLD);

    private AccountChange set(Actor actor, StaffMember target, String password) {
        return f.setPassword.setPassword(new SetPasswordCommand(actor, target.id(), new Password(password)));
    }

    private LoginOutcome login(String login, String password) {
        return f.sessionService.login(new LoginCommand(login, new Password(password), f.clock.instant()));
    }

    private static AccountRefusal rejection(AccountChange change) {
        assertThat(change).isInstanceOf(AccountChange.Rejected.class);
        return ((AccountChange.Rejected) change).reason();
    }

    @Test
    void the_operator_sets_a_password_and_only_the_new_one_signs_in() {
        assertThat(set(CLI, alice, NEW)).isEqualTo(new AccountChange.Applied(alice));

        assertThat(login("alice", NEW)).isInstanceOf(LoginOutcome.LoggedIn.class);
        assertThat(login("alice", OLD)).isInstanceOf(LoginOutcome.Refused.class);
        assertThat(f.credentials.find(alice.id()).orElseThrow().setAt()).isEqualTo(f.clock.instant());
    }

    @Test
    void passwords_of_12_to_256_characters_are_accepted_and_others_refused_leaving_the_old_one() {
        assertThat(rejection(set(CLI, alice, "x".repeat(11)))).isEqualTo(AccountRefusal.WEAK_PASSWORD);
        assertThat(rejection(set(CLI, alice, "x".repeat(257)))).isEqualTo(AccountRefusal.WEAK_PASSWORD);
        assertThat(rejection(set(CLI, alice, " ".repeat(20)))).isEqualTo(AccountRefusal.WEAK_PASSWORD);
        assertThat(login("alice", OLD)).isInstanceOf(LoginOutcome.LoggedIn.class);

        assertThat(set(CLI, alice, "x".repeat(12))).isInstanceOf(AccountChange.Applied.class);
        assertThat(set(CLI, alice, "y".repeat(256))).isInstanceOf(AccountChange.Applied.class);
        assertThat(login("alice", "y".repeat(256))).isInstanceOf(LoginOutcome.LoggedIn.class);
    }

    @Test
    void length_counts_characters_not_bytes_or_utf_16_units() {
        String elevenEmoji = "😀".repeat(11); // 22 UTF-16 units

        assertThat(rejection(set(CLI, alice, elevenEmoji))).isEqualTo(AccountRefusal.WEAK_PASSWORD);
        assertThat(set(CLI, alice, elevenEmoji + "!")).isInstanceOf(AccountChange.Applied.class);
    }

    @Test
    void a_privacy_officer_sets_another_members_password() {
        assertThat(set(Actor.staff(officer.id()), alice, NEW)).isEqualTo(new AccountChange.Applied(alice));

        assertThat(login("alice", NEW)).isInstanceOf(LoginOutcome.LoggedIn.class);
    }

    @Test
    void other_staff_disabled_officers_and_unknown_actors_may_not() {
        StaffMember engineer = f.withPassword(aSupportEngineer().login("engineer").build(), OLD);
        StaffMember retired = f.withPassword(aPrivacyOfficer().login("retired").inactive().build(), OLD);

        assertThat(rejection(set(Actor.staff(engineer.id()), alice, NEW))).isEqualTo(AccountRefusal.NOT_AUTHORISED);
        assertThat(rejection(set(Actor.staff(retired.id()), alice, NEW))).isEqualTo(AccountRefusal.NOT_AUTHORISED);
        assertThat(rejection(set(Actor.staff(aPrivacyOfficer().build().id()), alice, NEW)))
                .isEqualTo(AccountRefusal.NOT_AUTHORISED);
        assertThat(login("alice", OLD)).isInstanceOf(LoginOutcome.LoggedIn.class);
    }

    @Test
    void a_privacy_officer_may_not_set_their_own_password_this_way() {
        assertThat(rejection(set(Actor.staff(officer.id()), officer, NEW))).isEqualTo(AccountRefusal.SELF_MANAGEMENT);
    }

    @Test
    void an_unknown_account_is_refused() {
        assertThat(rejection(set(CLI, aSupportEngineer().build(), NEW))).isEqualTo(AccountRefusal.UNKNOWN_STAFF);
    }

    @Test
    void a_new_password_ends_every_session_of_the_account_and_lifts_its_lockout() {
        LoginOutcome.LoggedIn session = (LoginOutcome.LoggedIn) login("alice", OLD);
        for (int i = 0; i < 5; i++) {
            login("alice", "wrong password, again");
        }
        assertThat(login("alice", OLD)).isInstanceOf(LoginOutcome.Refused.class);

        set(CLI, alice, NEW);

        assertThat(f.sessionService.authenticate(
                new AuthenticateStaffCommand(session.token().value(), f.clock.instant()))).isEmpty();
        assertThat(f.attempts.find(new LoginName("alice"))).isEmpty();
        assertThat(login("alice", NEW)).isInstanceOf(LoginOutcome.LoggedIn.class);
    }

    @Test
    void the_credential_sessions_and_attempts_change_in_one_transaction() {
        set(CLI, alice, NEW);

        assertThat(f.transactions.started()).isEqualTo(1);
    }

    @Test
    void every_attempt_is_audited_with_actor_and_account_never_the_password() {
        set(CLI, alice, NEW);
        set(CLI, alice, "short");

        assertThat(f.auditEntries()).extracting(entry -> entry.content().action().code())
                .containsExactly("staff.set-password", "staff.set-password");
        assertThat(f.auditEntries()).allSatisfy(entry -> {
            assertThat(entry.content().actor()).isEqualTo(CLI);
            assertThat(entry.content().subject()).contains(new AuditSubject("staff", alice.id().toString()));
        });
        assertThat(f.lastAudit().content().outcome()).isEqualTo(
                new AuditOutcome.Refused("WEAK_PASSWORD: a password needs at least 12 characters"));
        assertThat(f.auditText()).doesNotContain(NEW).doesNotContain("short");
    }
}
