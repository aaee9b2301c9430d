package io.custodian.persistence.testing;

import io.custodian.persistence.DatabaseSettings;
import io.custodian.persistence.EmbeddedPostgresServer;
import io.custodian.persistence.PostgresDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real PostgreSQL for tests: one server per test JVM (embedded, or external when {@code CUSTODIAN_TEST_DB_URL}
 * is set), and a fresh, fully migrated database per test class, copied from a migrated template (fast).
 *
 * <p>External server: {@code CUSTODIAN_TEST_DB_URL} points at a database the tests may connect to (for
 * example {@code jdbc:postgresql://localhost:5432/postgres}); {@code CUSTODIAN_TEST_DB_USER} and
 * {@code CUSTODIAN_TEST_DB_PASSWORD} name a role with the CREATEDB privilege.
 */
public final class TestDatabase {

    private static final String TEMPLATE = "custodian_test_template";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static Server server;

    private TestDatabase() {
    }

    /** Settings for a new, empty-but-migrated database named after {@code owner}. */
    public static synchronized DatabaseSettings freshDatabase(Class<?> owner) {
        var s = server();
        var name = ("t_" + owner.getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "")
                + "_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet());
        if (name.length() > 63) {
            name = name.substring(name.length() - 63);
        }
        s.execute("create database " + name + " template " + TEMPLATE);
        return s.settings(name);
    }

    /** Settings for a new database without any table (for migration and code generation checks). */
    public static synchronized DatabaseSettings emptyDatabase(String prefix) {
        var s = server();
        var name = prefix + "_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        s.execute("create database " + name);
        return s.settings(name);
    }

    /** Opens a migrated database for a test class; close it in {@code @AfterAll}. */
    public static PostgresDatabase open(Class<?> owner) {
        return PostgresDatabase.open(freshDatabase(owner));
    }

    private static Server server() {
        if (server == null) {
            var external = System.getenv("CUSTODIAN_TEST_DB_URL");
            server = external == null || external.isBlank()
                    ? Server.embedded()
                    : Server.external(external, env("CUSTODIAN_TEST_DB_USER", "postgres"),
                    env("CUSTODIAN_TEST_DB_PASSWORD", ""));
            server.execute("drop database if exists " + TEMPLATE);
            server.execute("create database " + TEMPLATE);
            try (var template = PostgresDatabase.open(server.settings(TEMPLATE))) {
                // migrated by open(); the pool is closed so the template can be copied
            }
        }
        return server;
    }

    private static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private record Server(String adminUrl, String baseUrl, String user, String password) {

        static Server embedded() {
            var pg = EmbeddedPostgresServer.startTemporary();
            return new Server(pg.jdbcUrl("postgres"), "jdbc:postgresql://localhost:" + pg.port() + "/", "postgres", "");
        }

        static Server external(String url, String user, String password) {
            var withoutQuery = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
            var base = withoutQuery.substring(0, withoutQuery.lastIndexOf('/') + 1);
            return new Server(url, base, user, password);
        }

        DatabaseSettings settings(String database) {
            return new DatabaseSettings(baseUrl + database, user, password);
        }

        void execute(String sql) {
            try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
                 Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("test database setup failed: " + sql, e);
            }
        }
    }
}
