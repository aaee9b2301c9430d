package io.custodian.server.cli;

import io.custodian.persistence.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default configuration: the embedded database in the data directory, started for the command and stopped after
 * it; refused with a clear message while another process (the server) has that directory.
 */
class EmbeddedDatabaseCliTest {

    @Test
    void the_command_line_uses_the_embedded_database_of_the_data_directory_and_leaves_it_stopped(@TempDir Path data) {
        Map<String, String> env = Map.of("CUSTODIAN_DATA_DIR", data.toString());

        CliRun add = CliRun.withInput(env, "embedded password 1\n", "staff", "add", "--login", "olga", "--name", "Olga",
                "--team", "OTHER", "--role", "PRIVACY_OFFICER");
        CliRun list = CliRun.run(env, "staff", "list");

        assertThat(add.exitCode()).as(add.toString()).isZero();
        assertThat(list.exitCode()).as(list.toString()).isZero();
        assertThat(list.out()).contains("olga");
        assertThat(CliServices.runningPostmaster(data.resolve("postgres"))).isEmpty();
    }

    @Test
    void a_data_directory_in_use_by_another_process_is_refused_with_exit_code_3(@TempDir Path data) {
        try (var server = EmbeddedPostgresServer.startPersistent(data.resolve("postgres"), 0)) {
            CliRun list = CliRun.run(Map.of("CUSTODIAN_DATA_DIR", data.toString()), "staff", "list");

            assertThat(list.exitCode()).as(list.toString()).isEqualTo(CustodianCli.UNAVAILABLE);
            assertThat(list.err()).contains("is in use by another process")
                    .contains("only one process can use an embedded data directory at a time")
                    .contains("CUSTODIAN_DB_URL");
        }
    }
}
