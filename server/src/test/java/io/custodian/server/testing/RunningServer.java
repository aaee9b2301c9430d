package io.custodian.server.testing;

import io.custodian.persistence.testing.TestDatabase;
import io.custodian.server.CustodianServer;
import io.custodian.server.config.SettingsLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A real Custodian server for end-to-end tests: real wiring, a fresh database of the test PostgreSQL, loopback,
 * a free port, a temporary data directory (development keys are generated there).
 */
public final class RunningServer {

    /** The public base URL the test servers declare (signed installs must name it as audience). */
    public static final String BASE_URL = "http://custodian.test";
    public static final String APP_KEY = "io.custodian.test-app";

    private RunningServer() {
    }

    /** Settings environment for a server on a fresh database; add or override variables before starting. */
    public static Map<String, String> environment(Class<?> owner) {
        var database = TestDatabase.freshDatabase(owner);
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("custodian-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var env = new HashMap<String, String>();
        env.put("CUSTODIAN_HOST", "127.0.0.1");
        env.put("CUSTODIAN_PORT", "0");
        env.put("CUSTODIAN_BASE_URL", BASE_URL);
        env.put("CUSTODIAN_APP_KEY", APP_KEY);
        env.put("CUSTODIAN_DATA_DIR", dataDir.toString());
        env.put("CUSTODIAN_DEMO_DATA", "false");
        env.put("CUSTODIAN_DB_URL", database.jdbcUrl());
        env.put("CUSTODIAN_DB_USER", database.user());
        env.put("CUSTODIAN_DB_PASSWORD", database.password());
        return env;
    }

    public static CustodianServer start(Map<String, String> environment) {
        return CustodianServer.start(new SettingsLoader(environment).load());
    }
}
