package io.custodian.server.cli;

import io.custodian.domain.audit.Actor;
import io.custodian.domain.audit.AuditEntry;
import io.custodian.domain.audit.AuditPageQuery;
import io.custodian.domain.identity.LoginCommand;
import io.custodian.domain.identity.LoginOutcome;
import io.custodian.domain.identity.Password;
import io.custodian.server.testing.RunningServer;
import io.custodian.server.testing.TestServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line run in-process against a fresh test database, as the operator would run it. */
class CustodianCliTest {

    private static final String PASSWORD = "officer password 2026";

    private Map<String, String> env;

    @BeforeEach
    void freshDatabase() {
        env = RunningServer.environment(CustodianCliTest.class);
    }

    private CliRun addOfficer(String login) {
        return CliRun.withInput(env, PASSWORD + "\n", "staff", "add", "--login", login, "--name", "Olga Officer",
                "--team", "OTHER", "--role", "PRIVACY_OFFICER");
    }

    private LoginOutcome login(String login, String password) {
        try (var services = TestServices.open(env, InstantSource.system())) {
            return services.services().identity().login()
                    .login(new LoginCommand(login, new Password(password), Instant.now()));
        }
    }

    private List<AuditEntry> audit() {
        try (var services = TestServices.open(env, InstantSource.system())) {
            return services.services().auditTrail().page(new AuditPageQuery(0, 1000));
        }
    }

    @Test
    void staff_add_creates_an_active_account_whose_password_signs_in() {
        CliRun add = addOfficer("olga");

        assertThat(add.exitCode()).as(add.toString()).isZero();
        assertThat(add.out()).startsWith("Added staff account olga (Olga Officer, OTHER, PRIVACY_OFFICER, employee)")
                .contains("password set");
        assertThat(add.out() + add.err()).doesNotContain(PASSWORD);
        assertThat(login("olga", PASSWORD)).isInstanceOf(LoginOutcome.LoggedIn.class);
        assertThat(login("olga", "not the password")).isInstanceOf(LoginOutcome.Refused.class);
    }

    @Test
    void staff_list_shows_every_account_with_affiliation_status_and_password() {
        addOfficer("olga");
        CliRun sub = CliRun.withInput(env, "contractor password 1\n", "staff", "add", "--login", "Sam@Example.com",
                "--name", "Sam Sub", "--team", "development", "--role", "developer", "--subcontractor",
                "--contract-until", "2027-06-30");
        assertThat(sub.exitCode()).as(sub.toString()).isZero();

        CliRun list = CliRun.run(env, "staff", "list");

        assertThat(list.exitCode()).as(list.toString()).isZero();
        List<String> lines = list.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("LOGIN").contains("AFFILIATION").contains("STATUS").contains("PASSWORD");
        assertThat(lines.get(1)).startsWith("olga ").contains("PRIVACY_OFFICER").contains("employee")
                .contains("active").contains("set ");
        assertThat(lines.get(2)).startsWith("sam@example.com ").contains("DEVELOPMENT").contains("DEVELOPER")
                .contains("subcontractor until 2027-06-30");
    }

    @Test
    void an_empty_directory_says_how_to_add_the_first_privacy_officer() {
        CliRun list = CliRun.run(env, "staff", "list");

        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("No staff accounts").contains("PRIVACY_OFFICER");
    }

    @Test
    void a_login_name_in_use_is_refused_with_exit_code_1() {
        addOfficer("olga");

        CliRun again = addOfficer("OLGA");

        assertThat(again.exitCode()).isEqualTo(CustodianCli.REFUSED);
        assertThat(again.err()).contains("Refused: another staff account has that login name: olga (LOGIN_TAKEN)");
        assertThat(CliRun.run(env, "staff", "list").out().lines()).hasSize(2);
    }

    @Test
    void a_weak_password_refuses_the_account_and_stores_nothing() {
        CliRun add = CliRun.withInput(env, "short\n", "staff", "add", "--login", "olga", "--name", "Olga", "--team",
                "OTHER", "--role", "PRIVACY_OFFICER");

        assertThat(add.exitCode()).isEqualTo(CustodianCli.REFUSED);
        assertThat(add.err()).contains("at least 12 characters").contains("WEAK_PASSWORD").doesNotContain("short\n");
        assertThat(CliRun.run(env, "staff", "list").out()).contains("No staff accounts");
    }

    @Test
    void disable_ends_the_account_and_an_unknown_login_is_refused() {
        addOfficer("olga");

        CliRun disable = CliRun.run(env, "staff", "disable", "--login", "olga");
        CliRun unknown = CliRun.run(env, "staff", "disable", "--login", "nobody");

        assertThat(disable.exitCode()).as(disable.toString()).isZero();
        assertThat(disable.out()).contains("Disabled staff account olga");
        assertThat(login("olga", PASSWORD)).isInstanceOf(LoginOutcome.Refused.class);
        assertThat(CliRun.run(env, "staff", "list").out()).contains("disabled");
        assertThat(unknown.exitCode()).isEqualTo(CustodianCli.REFUSED);
        assertThat(unknown.err()).contains("no staff account has that login name: nobody (UNKNOWN_STAFF)");
    }

    @Test
    void set_contract_extends_a_subcontract_and_refuses_employees_and_unknown_logins() {
        addOfficer("olga");
        CliRun.withInput(env, "contractor password 1\n", "staff", "add", "--login", "sam", "--name", "Sam", "--team",
                "SUPPORT", "--role", "SUPPORT_ENGINEER", "--subcontractor", "--contract-until", "2026-01-31");

        CliRun extended = CliRun.run(env, "staff", "set-contract", "--login", "sam", "--until", "2027-06-30");
        CliRun employee = CliRun.run(env, "staff", "set-contract", "--login", "olga", "--until", "2027-06-30");
        CliRun unknown = CliRun.run(env, "staff", "set-contract", "--login", "nobody", "--until", "2027-06-30");

        assertThat(extended.exitCode()).as(extended.toString()).isZero();
        assertThat(extended.out()).contains("Contract of sam is valid until 2027-06-30");
        assertThat(CliRun.run(env, "staff", "list").out()).contains("subcontractor until 2027-06-30");
        assertThat(employee.exitCode()).isEqualTo(CustodianCli.REFUSED);
        assertThat(employee.err()).contains("NOT_A_SUBCONTRACTOR");
        assertThat(unknown.exitCode()).isEqualTo(CustodianCli.REFUSED);
        assertThat(unknown.err()).contains("UNKNOWN_STAFF");
    }

    @Test
    void set_password_from_a_file_replaces_the_password(@TempDir Path dir) throws IOException {
        addOfficer("olga");
        Path file = dir.resolve("password.txt");
        Files.writeString(file, "the replacement password\n");

        CliRun set = CliRun.run(env, "staff", "set-password", "--login", "olga", "--password-file", file.toString());
        CliRun unknown = CliRun.run(env, "staff", "set-password", "--login", "nobody", "--password-file",
                file.toString());

        assertThat(set.exitCode()).as(set.toString()).isZero();
        assertThat(set.out()).contains("Password of olga set");
        assertThat(login("olga", "the replacement password")).isInstanceOf(LoginOutcome.LoggedIn.class);
        assertThat(login("olga", PASSWORD)).isInstanceOf(LoginOutcome.Refused.class);
        assertThat(unknown.exitCode()).isEqualTo(CustodianCli.REFUSED);
        assertThat(unknown.err()).contains("UNKNOWN_STAFF");
    }

    @Test
    void set_password_from_standard_input_refuses_a_weak_one_and_keeps_the_old() {
        addOfficer("olga");

        CliRun weak = CliRun.withInput(env, "x".repeat(257) + "\n", "staff", "set-password", "--login", "olga");

        assertThat(weak.exitCode()).isEqualTo(CustodianCli.REFUSED);
        assertThat(weak.err()).contains("at most 256 characters");
        assertThat(login("olga", PASSWORD)).isInstanceOf(LoginOutcome.LoggedIn.class);
    }

    @Test
    void no_password_on_standard_input_is_a_usage_error() {
        CliRun add = CliRun.withInput(env, "", "staff", "add", "--login", "olga", "--name", "Olga", "--team", "OTHER",
                "--role", "PRIVACY_OFFICER");

        assertThat(add.exitCode()).isEqualTo(CustodianCli.USAGE);
        assertThat(add.err()).contains("no password on standard input");
    }

    @Test
    void a_password_is_never_accepted_as_an_argument() {
        CliRun add = CliRun.run(env, "staff", "add", "--login", "olga", "--name", "Olga", "--team", "OTHER",
                "--role", "PRIVACY_OFFICER", "--password", PASSWORD);

        assertThat(add.exitCode()).isEqualTo(CustodianCli.USAGE);
        assertThat(add.err()).contains("Unknown option").contains("--password");
    }

    @Test
    void invalid_arguments_are_usage_errors_with_a_message() {
        CliRun badLogin = CliRun.withInput(env, PASSWORD + "\n", "staff", "add", "--login", "olga officer", "--name",
                "Olga", "--team", "OTHER", "--role", "PRIVACY_OFFICER");
        CliRun badTeam = CliRun.withInput(env, PASSWORD + "\n", "staff", "add", "--login", "olga", "--name", "Olga",
                "--team", "LEGAL", "--role", "PRIVACY_OFFICER");
        CliRun noContract = CliRun.withInput(env, PASSWORD + "\n", "staff", "add", "--login", "olga", "--name", "Olga",
                "--team", "SUPPORT", "--role", "SUPPORT_ENGINEER", "--subcontractor");
        CliRun badDate = CliRun.run(env, "staff", "set-contract", "--login", "olga", "--until", "30.06.2027");
        CliRun noCommand = CliRun.run(env, "staff");

        assertThat(List.of(badLogin, badTeam, noContract, badDate, noCommand))
                .allSatisfy(run -> assertThat(run.exitCode()).as(run.toString()).isEqualTo(CustodianCli.USAGE));
        assertThat(badLogin.err()).contains("--login").contains("login name may hold only");
        assertThat(badTeam.err()).contains("--team").contains("SUPPORT");
        assertThat(noContract.err()).contains("--subcontractor needs --contract-until");
        assertThat(badDate.err()).contains("--until");
        assertThat(CliRun.run(env, "staff", "list").out()).contains("No staff accounts");
    }

    @Test
    void invalid_configuration_is_reported_with_its_variable() {
        var broken = new HashMap<>(env);
        broken.put("CUSTODIAN_LOGIN_MAX_FAILURES", "many");

        CliRun list = CliRun.run(broken, "staff", "list");

        assertThat(list.exitCode()).isEqualTo(CustodianCli.USAGE);
        assertThat(list.err()).contains("CUSTODIAN_LOGIN_MAX_FAILURES");
    }

    @Test
    void every_change_is_audited_as_the_cli_system_actor_without_the_password() {
        addOfficer("olga");
        CliRun.run(env, "staff", "disable", "--login", "nobody");

        List<AuditEntry> entries = audit();

        assertThat(entries).extracting(entry -> entry.content().action().code())
                .containsExactly("staff.add", "staff.set-password", "staff.disable");
        assertThat(entries).allSatisfy(entry -> assertThat(entry.content().actor()).isEqualTo(Actor.system("cli")));
        assertThat(entries.getLast().content().outcome().code()).isEqualTo("REFUSED");
        assertThat(entries.toString()).doesNotContain(PASSWORD);
    }

    @Test
    void help_lists_the_staff_commands() {
        CliRun help = CliRun.run(env, "staff", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("add", "list", "disable", "set-contract", "set-password");
    }
}
