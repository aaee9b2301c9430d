package io.custodian.domain.identity;

import io.custodian.domain.access.Affiliation;
import io.custodian.domain.access.LoginName;
import io.custodian.domain.access.Role;
import io.custodian.domain.access.StaffId;
import io.custodian.domain.access.StaffMember;
import io.custodian.domain.access.Team;
import io.custodian.domain.audit.Actor;
import io.custodian.domain.audit.AuditOutcome;
import io.custodian.domain.audit.AuditSubject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import static io.custodian.domain.access.StaffMemberBuilder.aSupportEngineer;
import static org.assertj.core.api.Assertions.assertThat;

class AdministerStaffServiceTest {

    private static final Actor.Automated CLI = new Actor.Automated("cli");
    private static final String PASSWORD = "first password of the officer";

    private final IdentityFixture f = new IdentityFixture();

    private AccountChange register(String login, Affiliation affiliation, String password) {
        return f.administer.register(new RegisterStaffCommand(CLI, "Olga Officer", new LoginName(login), affiliation,
                Team.OTHER, Role.PRIVACY_OFFICER, new Password(password)));
    }

    private static AccountRefusal rejection(AccountChange change) {
        assertThat(change).isInstanceOf(AccountChange.Rejected.class);
        return ((AccountChange.Rejected) change).reason();
    }

    private LoginOutcome login(String login, String password) {
        return f.sessionService.login(new LoginCommand(login, new Password(password), f.clock.instant()));
    }

    @Test
    void the_operator_registers_an_active_account_that_signs_in_with_its_password() {
        AccountChange change = register("olga", Affiliation.EMPLOYEE, PASSWORD);

        StaffMember expected = new StaffMember(new StaffId(new UUID(0xAD, 1)), "Olga Officer", new LoginName("olga"),
                Affiliation.EMPLOYEE, Team.OTHER, Role.PRIVACY_OFFICER, true);
        assertThat(change).isEqualTo(new AccountChange.Applied(expected));
        assertThat(f.administer.find(new LoginName("olga")))
                .contains(new StaffAccount(expected, Optional.of(f.clock.instant())));
        assertThat(login("olga", PASSWORD)).isInstanceOf(LoginOutcome.LoggedIn.class);
        assertThat(f.transactions.started()).isEqualTo(1);
    }

    @Test
    void registering_is_audited_as_the_operator_adding_the_account_and_setting_its_password() {
        register("olga", Affiliation.EMPLOYEE, PASSWORD);

        AuditSubject subject = new AuditSubject("staff", new StaffId(new UUID(0xAD, 1)).toString());
        assertThat(f.auditEntries()).extracting(entry -> entry.content().action().code())
                .containsExactly("staff.add", "staff.set-password");
        assertThat(f.auditEntries()).allSatisfy(entry -> {
            assertThat(entry.content().actor()).isEqualTo(Actor.system("cli"));
            assertThat(entry.content().subject()).contains(subject);
            assertThat(entry.content().outcome()).isEqualTo(AuditOutcome.SUCCEEDED);
        });
        assertThat(f.auditText()).doesNotContain(PASSWORD);
    }

    @Test
    void a_login_name_in_use_in_any_case_is_refused_and_nothing_is_stored() {
        register("olga", Affiliation.EMPLOYEE, PASSWORD);

        assertThat(rejection(register("OLGA", Affiliation.EMPLOYEE, "another password entirely")))
                .isEqualTo(AccountRefusal.LOGIN_TAKEN);
        assertThat(f.lastAudit().content().outcome().code()).isEqualTo("REFUSED");
        assertThat(f.lastAudit().content().subject()).isEmpty();
        assertThat(f.administer.list()).hasSize(1);
        assertThat(login("olga", PASSWORD)).isInstanceOf(LoginOutcome.LoggedIn.class);
    }

    @Test
    void a_weak_password_refuses_the_whole_registration() {
        assertThat(rejection(register("olga", Affiliation.EMPLOYEE, "too short"))).isEqualTo(AccountRefusal.WEAK_PASSWORD);

        assertThat(f.administer.list()).isEmpty();
        assertThat(f.hasher.hashes()).isZero();
    }

    @Test
    void invalid_details_are_refused_as_a_value() {
        AccountChange change = f.administer.register(new RegisterStaffCommand(CLI, "  ", new LoginName("olga"),
                Affiliation.EMPLOYEE, Team.OTHER, Role.PRIVACY_OFFICER, new Password(PASSWORD)));

        assertThat(rejection(change)).isEqualTo(AccountRefusal.INVALID_DETAILS);
        assertThat(f.administer.list()).isEmpty();
    }

    @Test
    void disabling_ends_the_sessions_and_the_logins_of_the_account() {
        register("olga", Affiliation.EMPLOYEE, PASSWORD);
        LoginOutcome.LoggedIn session = (LoginOutcome.LoggedIn) login("olga", PASSWORD);

        AccountChange change = f.administer.disable(new DisableStaffAccountCommand(CLI, new LoginName("olga")));

        assertThat(change).isInstanceOfSatisfying(AccountChange.Applied.class,
                applied -> assertThat(applied.member().active()).isFalse());
        assertThat(f.sessions.find(session.token().hash()).orElseThrow().revokedAt()).isPresent();
        assertThat(login("olga", PASSWORD)).isInstanceOf(LoginOutcome.Refused.class);
        assertThat(f.administer.disable(new DisableStaffAccountCommand(CLI, new LoginName("olga"))))
                .isInstanceOf(AccountChange.Applied.class);
    }

    @Test
    void changes_to_an_unknown_login_are_refused_and_audited() {
        assertThat(rejection(f.administer.disable(new DisableStaffAccountCommand(CLI, new LoginName("nobody")))))
                .isEqualTo(AccountRefusal.UNKNOWN_STAFF);
        assertThat(rejection(f.administer.setContract(new SetStaffContractCommand(CLI, new LoginName("nobody"),
                LocalDate.of(2027, 6, 30))))).isEqualTo(AccountRefusal.UNKNOWN_STAFF);

        assertThat(f.auditEntries()).extracting(entry -> entry.content().action().code())
                .containsExactly("staff.disable", "staff.set-contract");
        assertThat(f.auditText()).doesNotContain("nobody");
    }

    @Test
    void a_subcontractors_contract_is_extended_and_they_sign_in_again() {
        register("sub", new Affiliation.Subcontractor(LocalDate.of(2026, 2, 28)), PASSWORD);
        assertThat(login("sub", PASSWORD)).isInstanceOf(LoginOutcome.Refused.class);

        AccountChange change = f.administer.setContract(new SetStaffContractCommand(CLI, new LoginName("sub"),
                LocalDate.of(2027, 6, 30)));

        assertThat(change).isInstanceOfSatisfying(AccountChange.Applied.class, applied -> assertThat(
                applied.member().affiliation()).isEqualTo(new Affiliation.Subcontractor(LocalDate.of(2027, 6, 30))));
        assertThat(login("sub", PASSWORD)).isInstanceOf(LoginOutcome.LoggedIn.class);
    }

    @Test
    void an_employee_has_no_contract_to_set() {
        register("olga", Affiliation.EMPLOYEE, PASSWORD);

        assertThat(rejection(f.administer.setContract(new SetStaffContractCommand(CLI, new LoginName("olga"),
                LocalDate.of(2027, 6, 30))))).isEqualTo(AccountRefusal.NOT_A_SUBCONTRACTOR);
    }

    @Test
    void the_list_shows_every_account_by_login_and_whether_it_has_a_password() {
        register("olga", Affiliation.EMPLOYEE, PASSWORD);
        StaffMember noPassword = aSupportEngineer().login("alice").inactive().build();
        f.directory.save(noPassword);

        assertThat(f.administer.list()).extracting(account -> account.member().loginName().value(),
                        StaffAccount::hasPassword)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("alice", false),
                        org.assertj.core.groups.Tuple.tuple("olga", true));
        assertThat(f.administer.find(new LoginName("nobody"))).isEmpty();
        assertThat(f.administer.list().get(1).passwordSetAt()).contains(Instant.parse("2026-03-01T09:00:00Z"));
    }
}
