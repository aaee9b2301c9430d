package io.custodian.server.cli;

import io.custodian.server.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The operator's command line:
 *
 * <pre>
 * java -cp 'server/target/dist/custodian-server.jar:server/target/dist/libs/*' io.custodian.server.cli.CustodianCli staff list
 * </pre>
 *
 * Exit codes: {@value #OK} done; {@value #REFUSED} refused (e.g. the login name is taken, the password too weak, no
 * such account); {@value #USAGE} wrong command line or configuration; {@value #UNAVAILABLE} the database cannot be
 * opened (e.g. the embedded one is in use by the running server); {@value #FAILED} anything else.
 */
@Command(name = "custodian", mixinStandardHelpOptions = true, versionProvider = CustodianCli.Version.class,
        description = "Administers a Custodian deployment: reads the server's configuration (application.yaml,"
                + " CUSTODIAN_CONFIG_FILE, CUSTODIAN_* variables) and opens its database.",
        subcommands = CommandLine.HelpCommand.class)
public final class CustodianCli implements Runnable {

    public static final int OK = 0;
    public static final int REFUSED = 1;
    public static final int USAGE = 2;
    public static final int UNAVAILABLE = 3;
    public static final int FAILED = 4;

    @Spec
    private CommandSpec spec;

    /** The system actor the command line acts as in the audit log. */
    static final String ACTOR = "cli";

    public static void main(String[] args) {
        quietLogging();
        System.exit(run(CliContext.system(), args));
    }

    /** Runs one command line in {@code context} and returns its exit code. */
    public static int run(CliContext context, String... args) {
        return commandLine(context).execute(args);
    }

    /** The command tree over {@code context}: {@code custodian staff add|list|disable|set-contract|set-password}. */
    public static CommandLine commandLine(CliContext context) {
        var cli = new CommandLine(new CustodianCli())
                .addSubcommand(StaffCommands.command(context))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(context.out())
                .setErr(context.err());
        cli.setExecutionExceptionHandler((exception, commandLine, parseResult) -> {
            var err = commandLine.getErr();
            int code = switch (exception) {
                case ConfigException config -> {
                    err.println(config.getMessage());
                    yield USAGE;
                }
                case CliServices.DatabaseUnavailableException unavailable -> {
                    err.println("Error: " + unavailable.getMessage());
                    yield UNAVAILABLE;
                }
                case PasswordReader.PasswordInputException password -> {
                    err.println("Error: " + password.getMessage());
                    yield USAGE;
                }
                default -> {
                    err.println("Error: " + exception);
                    yield FAILED;
                }
            };
            err.flush();
            return code;
        });
        return cli;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'staff --help'");
    }

    /** Flyway, the pool and the embedded database log at INFO: the command line shows warnings and errors only. */
    private static void quietLogging() {
        Logger root = Logger.getLogger("");
        root.setLevel(Level.WARNING);
        for (var handler : root.getHandlers()) {
            handler.setLevel(Level.WARNING);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"Custodian " + io.custodian.server.BuildInfo.version()};
        }
    }
}
