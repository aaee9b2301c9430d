package io.custodian.server.cli;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

/** One in-process run of the command line: its exit code and what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun withInput(Map<String, String> environment, String stdin, String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var context = new CliContext(environment, PasswordReader.of(new StringReader(stdin)), new PrintWriter(out, true),
                new PrintWriter(err, true));
        int code = CustodianCli.run(context, args);
        return new CliRun(code, out.toString(), err.toString());
    }

    static CliRun run(Map<String, String> environment, String... args) {
        return withInput(environment, "", args);
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
}
