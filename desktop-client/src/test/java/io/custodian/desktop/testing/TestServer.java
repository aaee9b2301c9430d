package io.custodian.desktop.testing;

import io.custodian.persistence.testing.TestDatabase;
import io.custodian.server.CustodianServer;
import io.custodian.server.config.SettingsLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.Map;

/**
 * A real Custodian server for desktop tests, on a free loopback port with a fresh database of the test
 * PostgreSQL. Tests use only {@link #start()}, {@link #baseUri()} and {@link #close()}.
 */
public interface TestServer extends AutoCloseable {

    /** Base URI of the running server, e.g. {@code http://127.0.0.1:43817/}. */
    URI baseUri();

    /** Stops the server; safe to call more than once. */
    @Override
    void close();

    /** Starts a server on a free port of the loopback interface. */
    static TestServer start() {
        var database = TestDatabase.freshDatabase(TestServer.class);
        try {
            var dataDir = Files.createTempDirectory("custodian-desktop-test");
            var settings = new SettingsLoader(Map.of(
                    "CUSTODIAN_HOST", "127.0.0.1",
                    "CUSTODIAN_PORT", "0",
                    "CUSTODIAN_DATA_DIR", dataDir.toString(),
                    "CUSTODIAN_DB_URL", database.jdbcUrl(),
                    "CUSTODIAN_DB_USER", database.user(),
                    "CUSTODIAN_DB_PASSWORD", database.password())).load();
            var server = CustodianServer.start(settings);
            var baseUri = URI.create("http://127.0.0.1:" + server.port() + "/");
            return new TestServer() {
                @Override
                public URI baseUri() {
                    return baseUri;
                }

                @Override
                public void close() {
                    server.close();
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the test server", e);
        }
    }
}
