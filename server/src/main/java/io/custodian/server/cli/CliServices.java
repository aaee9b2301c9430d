package io.custodian.server.cli;

import io.custodian.persistence.DatabaseSettings;
import io.custodian.persistence.EmbeddedPostgresServer;
import io.custodian.persistence.PostgresDatabase;
import io.custodian.server.CustodianServices;
import io.custodian.server.config.ServerSettings;
import io.custodian.server.keys.KeyLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The domain services for one command-line run, over the database the server uses: the external PostgreSQL when one
 * is configured, else the embedded one in the data directory (started for the run, stopped after it). Migrates the
 * schema like the server does.
 */
final class CliServices implements AutoCloseable {

    /** The database cannot be opened; the message says why and what to do. */
    static final class DatabaseUnavailableException extends RuntimeException {
        DatabaseUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Connections a command needs: it runs one use case at a time. */
    private static final int POOL_SIZE = 2;

    private final List<AutoCloseable> opened;
    private final CustodianServices services;

    private CliServices(List<AutoCloseable> opened, CustodianServices services) {
        this.opened = opened;
        this.services = services;
    }

    static CliServices open(ServerSettings settings) {
        var opened = new ArrayList<AutoCloseable>();
        try {
            var db = settings.database();
            DatabaseSettings databaseSettings;
            if (db.external()) {
                databaseSettings = new DatabaseSettings(db.url().orElseThrow(), db.user(), db.password(), POOL_SIZE,
                        db.connectTimeout());
            } else {
                var embedded = startEmbedded(settings.data().directory().resolve("postgres"), db.embeddedPort());
                opened.add(embedded);
                var embeddedSettings = embedded.settingsFor("custodian");
                databaseSettings = new DatabaseSettings(embeddedSettings.jdbcUrl(), embeddedSettings.user(),
                        embeddedSettings.password(), POOL_SIZE, db.connectTimeout());
            }
            PostgresDatabase database;
            try {
                database = PostgresDatabase.open(databaseSettings);
            } catch (RuntimeException e) {
                throw new DatabaseUnavailableException("cannot open the database " + databaseSettings.jdbcUrl()
                        .replaceAll("(?i)(password=)[^&]*", "$1***") + ": " + rootMessage(e), e);
            }
            opened.add(database);
            var keys = new KeyLoader(new SecureRandom()).load(settings);
            return new CliServices(opened, new CustodianServices(settings, database, keys, InstantSource.system()));
        } catch (RuntimeException e) {
            closeAll(opened, e);
            throw e;
        }
    }

    CustodianServices services() {
        return services;
    }

    /**
     * Starts the embedded PostgreSQL of the data directory, refusing clearly when another process (typically the
     * running server) has it: PostgreSQL lets one server use a data directory at a time.
     */
    private static EmbeddedPostgresServer startEmbedded(Path directory, int port) {
        Optional<Long> holder = runningPostmaster(directory);
        if (holder.isPresent()) {
            throw inUse(directory, holder.get(), null);
        }
        try {
            return EmbeddedPostgresServer.startPersistent(directory, port);
        } catch (RuntimeException e) {
            Optional<Long> lateHolder = runningPostmaster(directory);
            if (lateHolder.isPresent()) {
                throw inUse(directory, lateHolder.get(), e);
            }
            throw new DatabaseUnavailableException("cannot start the embedded database in "
                    + directory.toAbsolutePath().normalize() + ": " + rootMessage(e), e);
        }
    }

    private static DatabaseUnavailableException inUse(Path directory, long pid, Throwable cause) {
        return new DatabaseUnavailableException("the embedded database in " + directory.toAbsolutePath().normalize()
                + " is in use by another process (PostgreSQL pid " + pid + "), most likely a running Custodian server;"
                + " only one process can use an embedded data directory at a time. Stop the server and run the"
                + " command again, or use an external PostgreSQL (CUSTODIAN_DB_URL) shared by server and command"
                + " line.", cause);
    }

    /** The pid in {@code postmaster.pid} when that process is alive. */
    static Optional<Long> runningPostmaster(Path directory) {
        Path pidFile = directory.resolve("postmaster.pid");
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.isEmpty()) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.getFirst().strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(handle -> pid);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    @Override
    public void close() {
        var failure = new IllegalStateException("could not close the database cleanly");
        closeAll(opened, failure);
        if (failure.getSuppressed().length > 0) {
            throw failure;
        }
    }

    private static void closeAll(List<AutoCloseable> opened, RuntimeException failure) {
        for (int i = opened.size() - 1; i >= 0; i--) {
            try {
                opened.get(i).close();
            } catch (Exception e) {
                failure.addSuppressed(e);
            }
        }
    }
}
