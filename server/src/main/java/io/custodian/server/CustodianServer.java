package io.custodian.server;

import io.custodian.domain.location.DataLocation;
import io.custodian.domain.tenant.TenantAccessService;
import io.custodian.domain.tenant.TenantLifecycleService;
import io.custodian.persistence.DatabaseSettings;
import io.custodian.persistence.JooqTransactions;
import io.custodian.persistence.crypto.EnvelopeSecretCipher;
import io.custodian.persistence.tenant.JooqTenantLicenses;
import io.custodian.persistence.tenant.JooqTenantStore;
import io.custodian.server.keys.KeyLoader;
import io.custodian.server.keys.KeyMaterial;
import io.custodian.web.ServiceMount;
import io.custodian.web.connect.ConnectModule;
import io.custodian.web.connect.ConnectUseCases;
import io.custodian.persistence.EmbeddedPostgresServer;
import io.custodian.persistence.PostgresDatabase;
import io.custodian.server.config.ServerSettings;
import io.custodian.web.CustodianWebServer;
import io.custodian.web.ReadinessCheck;
import io.custodian.web.ServiceInfo;
import io.custodian.web.WebSettings;

import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The object graph of a running Custodian, built by hand: database (embedded unless configured), schema
 * migration, web server. {@link #close()} stops them in reverse order: web server, pool, embedded database.
 */
public final class CustodianServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(CustodianServer.class.getName());

    private final ServerSettings settings;
    private final Optional<EmbeddedPostgresServer> embedded;
    private final PostgresDatabase database;
    private final CustodianWebServer web;
    private boolean closed;

    private CustodianServer(ServerSettings settings, Optional<EmbeddedPostgresServer> embedded,
                            PostgresDatabase database, CustodianWebServer web) {
        this.settings = settings;
        this.embedded = embedded;
        this.database = database;
        this.web = web;
    }

    /** Starts everything; on failure, whatever was already started is stopped again. */
    public static CustodianServer start(ServerSettings settings) {
        var started = new ArrayList<AutoCloseable>();
        try {
            Optional<EmbeddedPostgresServer> embedded = Optional.empty();
            DatabaseSettings databaseSettings;
            var db = settings.database();
            if (db.external()) {
                databaseSettings = new DatabaseSettings(db.url().orElseThrow(), db.user(), db.password(),
                        db.poolSize(), db.connectTimeout());
            } else {
                var server = EmbeddedPostgresServer.startPersistent(
                        settings.data().directory().resolve("postgres"), db.embeddedPort());
                started.add(server);
                embedded = Optional.of(server);
                var embeddedSettings = server.settingsFor("custodian");
                databaseSettings = new DatabaseSettings(embeddedSettings.jdbcUrl(), embeddedSettings.user(),
                        embeddedSettings.password(), db.poolSize(), db.connectTimeout());
            }
            var database = PostgresDatabase.open(databaseSettings);
            started.add(database);

            var keys = new KeyLoader(new SecureRandom()).load(settings);
            var web = webServer(settings, database, wire(settings, database, keys)).start();
            return new CustodianServer(settings, embedded, database, web);
        } catch (RuntimeException e) {
            for (int i = started.size() - 1; i >= 0; i--) {
                try {
                    started.get(i).close();
                } catch (Exception suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
    }

    /** The object graph: stores over the one DSLContext, domain services over the stores, web services over those. */
    private static List<ServiceMount> wire(ServerSettings settings, PostgresDatabase database, KeyMaterial keys) {
        InstantSource clock = InstantSource.system();
        var dsl = database.dsl();
        var location = new DataLocation(settings.data().location());
        var transactions = new JooqTransactions(dsl);
        var tenants = new JooqTenantStore(dsl);
        var cipher = new EnvelopeSecretCipher(dsl, keys.masterKey(), clock, new SecureRandom());
        var licenses = new JooqTenantLicenses(dsl);

        var lifecycle = new TenantLifecycleService(tenants, cipher, clock, transactions, location,
                settings.retention().uninstallGrace());
        var access = new TenantAccessService(tenants, licenses, cipher, clock, transactions, location);
        var connect = settings.connect();
        return ConnectModule.mounts(connect, ConnectUseCases.of(lifecycle, access),
                ConnectModule.httpInstallKeys(connect), clock);
    }

    private static CustodianWebServer webServer(ServerSettings settings, PostgresDatabase database,
                                                List<ServiceMount> services) {
        var http = settings.http();
        var builder = CustodianWebServer.builder()
                .settings(new WebSettings(http.host(), http.port(), http.maxRequestBytes()))
                .serviceInfo(new ServiceInfo("Custodian", BuildInfo.version(), settings.data().location()))
                .readinessCheck(new DatabaseCheck(database));
        services.forEach(mount -> builder.service(mount.pathPrefix(), mount.service()));
        return builder.build();
    }

    /** The port the web server listens on. */
    public int port() {
        return web.port();
    }

    public ServerSettings settings() {
        return settings;
    }

    PostgresDatabase database() {
        return database;
    }

    /** Stops the web server, then the pool, then the embedded database. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<Runnable> steps = List.of(web::stop, database::close, () -> embedded.ifPresent(EmbeddedPostgresServer::close));
        for (Runnable step : steps) {
            try {
                step.run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Error during shutdown", e);
            }
        }
        LOG.log(System.Logger.Level.INFO, "Custodian stopped");
    }

    private record DatabaseCheck(PostgresDatabase database) implements ReadinessCheck {
        @Override
        public String name() {
            return "database";
        }

        @Override
        public boolean isUp() {
            return database.isReachable();
        }
    }
}
