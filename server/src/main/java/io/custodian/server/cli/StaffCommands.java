package io.custodian.server.cli;

import io.custodian.domain.access.Affiliation;
import io.custodian.domain.access.LoginName;
import io.custodian.domain.access.Role;
import io.custodian.domain.access.StaffMember;
import io.custodian.domain.access.Team;
import io.custodian.domain.audit.Actor;
import io.custodian.domain.identity.AccountChange;
import io.custodian.domain.identity.DisableStaffAccountCommand;
import io.custodian.domain.identity.IdentityUseCases;
import io.custodian.domain.identity.Password;
import io.custodian.domain.identity.RegisterStaffCommand;
import io.custodian.domain.identity.SetPasswordCommand;
import io.custodian.domain.identity.SetStaffContractCommand;
import io.custodian.domain.identity.StaffAccount;
import io.custodian.server.CustodianServices;
import io.custodian.server.config.SettingsLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code custodian staff ...}: staff accounts through the identity use cases, as the system actor {@code cli}. */
final class StaffCommands {

    private static final Actor.Automated CLI = new Actor.Automated(CustodianCli.ACTOR);

    private StaffCommands() {
    }

    static CommandLine command(CliContext context) {
        return new CommandLine(new Staff())
                .addSubcommand(new Add(context))
                .addSubcommand(new ListAccounts(context))
                .addSubcommand(new Disable(context))
                .addSubcommand(new SetContract(context))
                .addSubcommand(new SetPassword(context));
    }

    @Command(name = "staff", mixinStandardHelpOptions = true, versionProvider = CustodianCli.Version.class,
            description = "Staff accounts: add, list, disable, set a subcontractor's contract, set a password.")
    static final class Staff implements Runnable {

        @Spec
        private CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Missing command: add, list, disable, set-contract or set-password");
        }
    }

    /** Parses a login name as the domain does (lower case, letters, digits and . _ @ + -). */
    static final class LoginNameConverter implements CommandLine.ITypeConverter<LoginName> {
        @Override
        public LoginName convert(String value) {
            try {
                return new LoginName(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** Loads the settings, reads input, opens the database, runs {@link #execute}, closes the database. */
    abstract static class StaffAction implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        final CliContext context;

        StaffAction(CliContext context) {
            this.context = context;
        }

        /** Reads what the command needs from the operator before the database is opened (e.g. a password). */
        void prepare() {
        }

        abstract int execute(CustodianServices services, PrintWriter out, PrintWriter err);

        @Override
        public final Integer call() {
            var settings = new SettingsLoader(context.environment()).load();
            prepare();
            try (var opened = CliServices.open(settings)) {
                int code = execute(opened.services(), context.out(), context.err());
                context.out().flush();
                context.err().flush();
                return code;
            }
        }

        CommandLine.ParameterException usage(String message) {
            return new CommandLine.ParameterException(spec.commandLine(), message);
        }

        /** Prints an applied change with {@code done}, a rejection on standard error; returns the exit code. */
        static int report(AccountChange change, LoginName login, PrintWriter out, PrintWriter err,
                          java.util.function.Function<StaffMember, String> done) {
            return switch (change) {
                case AccountChange.Applied applied -> {
                    out.println(done.apply(applied.member()));
                    yield CustodianCli.OK;
                }
                case AccountChange.Rejected rejected -> {
                    String about = switch (rejected.reason()) {
                        case UNKNOWN_STAFF, LOGIN_TAKEN -> ": " + login;
                        default -> "";
                    };
                    err.println("Refused: " + rejected.message() + about + " (" + rejected.reason() + ")");
                    yield CustodianCli.REFUSED;
                }
            };
        }
    }

    /** Reads the new password from {@code --password-file} or standard input. */
    abstract static class WithPassword extends StaffAction {

        @Option(names = "--password-file", paramLabel = "FILE",
                description = "Read the password from the first line of FILE instead of standard input"
                        + " (the terminal asks twice, without echo)")
        Path passwordFile;

        Password password;

        WithPassword(CliContext context) {
            super(context);
        }

        abstract LoginName login();

        @Override
        void prepare() {
            password = passwordFile != null ? PasswordReader.fromFile(passwordFile)
                    : context.passwords().fromStandardInput(login().value());
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, versionProvider = CustodianCli.Version.class,
            description = "Add an active staff account with a password (12 to 256 characters).")
    static final class Add extends WithPassword {

        @Option(names = "--login", required = true, converter = LoginNameConverter.class,
                description = "Login name (case-insensitive; letters, digits and . _ @ + -)")
        LoginName login;

        @Option(names = "--name", required = true, description = "Display name")
        String name;

        @Option(names = "--team", required = true, description = "SUPPORT, DEVELOPMENT or OTHER")
        Team team;

        @Option(names = "--role", required = true, description = "SUPPORT_ENGINEER, DEVELOPER or PRIVACY_OFFICER")
        Role role;

        @Option(names = "--subcontractor", description = "A subcontractor (needs --contract-until), not an employee")
        boolean subcontractor;

        @Option(names = "--contract-until", paramLabel = "YYYY-MM-DD",
                description = "Last day (UTC) of the subcontractor's contract")
        LocalDate contractUntil;

        Add(CliContext context) {
            super(context);
        }

        @Override
        LoginName login() {
            return login;
        }

        @Override
        void prepare() {
            if (subcontractor && contractUntil == null) {
                throw usage("--subcontractor needs --contract-until YYYY-MM-DD");
            }
            if (!subcontractor && contractUntil != null) {
                throw usage("--contract-until is for subcontractors: add --subcontractor");
            }
            super.prepare();
        }

        @Override
        int execute(CustodianServices services, PrintWriter out, PrintWriter err) {
            Affiliation affiliation = subcontractor ? new Affiliation.Subcontractor(contractUntil) : Affiliation.EMPLOYEE;
            AccountChange change = services.identity().administer().register(
                    new RegisterStaffCommand(CLI, name, login, affiliation, team, role, password));
            return report(change, login, out, err, member -> "Added staff account " + member.loginName() + " ("
                    + describe(member) + "), id " + member.id() + "; password set.");
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = CustodianCli.Version.class,
            description = "List every staff account.")
    static final class ListAccounts extends StaffAction {

        ListAccounts(CliContext context) {
            super(context);
        }

        @Override
        int execute(CustodianServices services, PrintWriter out, PrintWriter err) {
            List<StaffAccount> accounts = services.identity().administer().list();
            if (accounts.isEmpty()) {
                out.println("No staff accounts. Add the first privacy officer with: staff add --login ... --name ..."
                        + " --team OTHER --role PRIVACY_OFFICER");
                return CustodianCli.OK;
            }
            Instant now = services.clock().instant();
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[]{"LOGIN", "NAME", "TEAM", "ROLE", "AFFILIATION", "STATUS", "PASSWORD", "ID"});
            for (StaffAccount account : accounts) {
                StaffMember member = account.member();
                rows.add(new String[]{member.loginName().value(), member.displayName(), member.team().name(),
                        member.role().name(), affiliation(member.affiliation()), status(member, now),
                        account.passwordSetAt().map(at -> "set " + at.toString().substring(0, 10)).orElse("none"),
                        member.id().toString()});
            }
            printTable(rows, out);
            return CustodianCli.OK;
        }

        private static String status(StaffMember member, Instant now) {
            if (!member.active()) {
                return "disabled";
            }
            return member.isInServiceAt(now) ? "active" : "contract ended";
        }

        private static void printTable(List<String[]> rows, PrintWriter out) {
            int[] widths = new int[rows.getFirst().length];
            for (String[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    widths[i] = Math.max(widths[i], row[i].length());
                }
            }
            for (String[] row : rows) {
                var line = new StringBuilder();
                for (int i = 0; i < row.length; i++) {
                    line.append(i == row.length - 1 ? row[i] : String.format("%-" + widths[i] + "s  ", row[i]));
                }
                out.println(line.toString().stripTrailing());
            }
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, versionProvider = CustodianCli.Version.class,
            description = "Disable a staff account: it keeps its history, its sessions end, it cannot sign in.")
    static final class Disable extends StaffAction {

        @Option(names = "--login", required = true, converter = LoginNameConverter.class, description = "Login name")
        LoginName login;

        Disable(CliContext context) {
            super(context);
        }

        @Override
        int execute(CustodianServices services, PrintWriter out, PrintWriter err) {
            AccountChange change = services.identity().administer().disable(new DisableStaffAccountCommand(CLI, login));
            return report(change, login, out, err,
                    member -> "Disabled staff account " + member.loginName() + "; its sessions are ended.");
        }
    }

    @Command(name = "set-contract", mixinStandardHelpOptions = true, versionProvider = CustodianCli.Version.class,
            description = "Set the last day of a subcontractor's contract.")
    static final class SetContract extends StaffAction {

        @Option(names = "--login", required = true, converter = LoginNameConverter.class, description = "Login name")
        LoginName login;

        @Option(names = "--until", required = true, paramLabel = "YYYY-MM-DD",
                description = "Last day (UTC) of the contract")
        LocalDate until;

        SetContract(CliContext context) {
            super(context);
        }

        @Override
        int execute(CustodianServices services, PrintWriter out, PrintWriter err) {
            AccountChange change = services.identity().administer().setContract(
                    new SetStaffContractCommand(CLI, login, until));
            return report(change, login, out, err, member -> "Contract of " + member.loginName()
                    + " is valid until " + until + " (inclusive, UTC).");
        }
    }

    @Command(name = "set-password", mixinStandardHelpOptions = true, versionProvider = CustodianCli.Version.class,
            description = "Set the password of a staff account (12 to 256 characters); ends its sessions and lifts"
                    + " a login lockout.")
    static final class SetPassword extends WithPassword {

        @Option(names = "--login", required = true, converter = LoginNameConverter.class, description = "Login name")
        LoginName login;

        SetPassword(CliContext context) {
            super(context);
        }

        @Override
        LoginName login() {
            return login;
        }

        @Override
        int execute(CustodianServices services, PrintWriter out, PrintWriter err) {
            IdentityUseCases identity = services.identity();
            Optional<StaffAccount> account = identity.administer().find(login);
            if (account.isEmpty()) {
                err.println("Refused: no staff account has that login name: " + login + " (UNKNOWN_STAFF)");
                return CustodianCli.REFUSED;
            }
            AccountChange change = identity.setPassword().setPassword(
                    new SetPasswordCommand(CLI, account.get().member().id(), password));
            return report(change, login, out, err,
                    member -> "Password of " + member.loginName() + " set; its sessions are ended.");
        }
    }

    static String describe(StaffMember member) {
        return member.displayName() + ", " + member.team() + ", " + member.role() + ", "
                + affiliation(member.affiliation());
    }

    static String affiliation(Affiliation affiliation) {
        return switch (affiliation) {
            case Affiliation.Employee employee -> "employee";
            case Affiliation.Subcontractor subcontractor -> "subcontractor until " + subcontractor.contractValidUntil();
        };
    }
}
