package io.custodian.server;

import io.custodian.persistence.DatabaseSettings;
import io.custodian.server.keys.KeyLoader;
import io.custodian.persistence.retention.PageSweep;
import io.custodian.server.retention.RetentionEngine;
import io.custodian.server.retention.RetentionScheduler;
import io.custodian.web.ServiceMount;
import io.custodian.web.staff.StaffApiModule;
import io.custodian.web.staff.StaffUseCases;
import io.custodian.web.connect.ConnectModule;
import io.custodian.web.connect.ConnectUseCases;
import io.custodian.web.connect.data.DataApiModule;
import io.custodian.web.connect.data.DataApiSettings;
import io.custodian.web.connect.data.DataUseCases;
import io.custodian.web.connect.support.ProblemReportModule;
import io.custodian.web.connect.support.ProblemReportSettings;
import io.custodian.persistence.EmbeddedPostgresServer;
import io.custodian.persistence.PostgresDatabase;
import io.custodian.server.config.ServerSettings;
import io.custodian.web.CustodianWebServer;
import io.custodian.web.ReadinessCheck;
import io.custodian.web.ServiceInfo;
import io.custodian.web.WebSettings;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A running Custodian: database (embedded unless configured), schema migration, the domain services
 * ({@link CustodianServices}), the web server and the retention scheduler. {@link #close()} stops them in this
 * order: web server, retention scheduler, connection pool, embedded database.
 */
public final class CustodianServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(CustodianServer.class.getName());

    private final ServerSettings settings;
    private final Optional<EmbeddedPostgresServer> embedded;
    private final PostgresDatabase database;
    private final CustodianServices services;
    private final CustodianWebServer web;
    private final Optional<RetentionScheduler> scheduler;
    private boolean closed;

    private CustodianServer(ServerSettings settings, Optional<EmbeddedPostgresServer> embedded,
                            PostgresDatabase database, CustodianServices services, CustodianWebServer web,
                            Optional<RetentionScheduler> scheduler) {
        this.settings = settings;
        this.embedded = embedded;
        this.database = database;
        this.services = services;
        this.web = web;
        this.scheduler = scheduler;
    }

    /** Starts everything; on failure, whatever was already started is stopped again. */
    public static CustodianServer start(ServerSettings settings) {
        return start(settings, InstantSource.system());
    }

    /** Starts everything with the given clock (tests and demos move time on). */
    public static CustodianServer start(ServerSettings settings, InstantSource clock) {
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
            var services = new CustodianServices(settings, database, keys, clock);
            if (settings.data().demo()) {
                DemoData.seedIfEmpty(services);
            }
            var web = webServer(settings, database, mounts(services)).start();
            started.add(web);
            var sweep = settings.sweep();
            Optional<RetentionScheduler> scheduler = sweep.enabled()
                    ? Optional.of(RetentionScheduler.start(
                            services.retentionEngine(sweep.batchSize(), sweep.workers(), sweep.pageChunkRows(),
                                    PageSweep.DEFAULT_MIN_ROWS, sweep.pageChunkTarget(),
                                    RetentionEngine.BatchListener.NONE),
                            // ended staff sessions and stale failed-login records go with every sweep
                            () -> services.identity().sweep().sweep(clock.instant()),
                            Duration.ofSeconds(5), sweep.interval()))
                    : Optional.empty();
            return new CustodianServer(settings, embedded, database, services, web, scheduler);
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

    /** The web services over the domain services. */
    private static List<ServiceMount> mounts(CustodianServices services) {
        var connect = services.settings().connect();
        var useCases = ConnectUseCases.of(services.lifecycle(), services.access());
        var authenticator = ConnectModule.appRequestAuthenticator(connect, useCases, services.clock());
        var appApi = new ArrayList<>(DataApiModule.mounts(DataApiSettings.defaults(), authenticator,
                DataUseCases.of(services.operations(), services.reads(), services.configuration(), services.usage())));
        appApi.addAll(ProblemReportModule.mounts(
                ProblemReportSettings.forPolicy(services.settings().support().policy()), authenticator,
                services.reportProblem()));
        var mounts = new ArrayList<>(ConnectModule.mounts(connect, useCases, ConnectModule.httpInstallKeys(connect),
                services.clock(), appApi));
        mounts.addAll(StaffApiModule.mounts(staffUseCases(services), services.clock()));
        return mounts;
    }

    /** The staff API's in-ports: identity, the staff-facing custody in-ports, bundle downloads. */
    private static StaffUseCases staffUseCases(CustodianServices services) {
        var identity = services.identity();
        var custody = services.custody();
        var downloads = services.bundleDownloads();
        return new StaffUseCases(identity.login(), identity.logout(), identity.authenticate(), identity.setPassword(),
                custody.listTenants(), custody.viewTenant(), custody.forecastTenant(), custody.ticketQueue(),
                custody.viewTicket(), custody.resolveTicket(), custody.fetchBundle(), downloads, downloads,
                custody.requestDeletion(), custody.listDeletionRequests(), custody.approveDeletion(),
                custody.executeDeletion(), custody.cancelDeletion(), custody.receipts(), custody.auditLog(),
                custody.verifyAuditChain(), custody.overdueDeletions(), custody.listStaff(), custody.manageStaff());
    }

    private static CustodianWebServer webServer(ServerSettings settings, PostgresDatabase database,
                                                List<ServiceMount> services) {
        var http = settings.http();
        var builder = CustodianWebServer.builder()
                .settings(new WebSettings(http.host(), http.port(), http.maxRequestBytes()))
                .serviceInfo(new ServiceInfo("Custodian", BuildInfo.version(), settings.data().location()))
                .readinessCheck(new DatabaseCheck(database))
                .services(services);
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

    /** The domain services of this server (tests reach the domain through them). */
    public CustodianServices services() {
        return services;
    }

    /** Stops the web server, then the pool, then the embedded database. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<Runnable> steps = List.of(web::stop, () -> scheduler.ifPresent(RetentionScheduler::close), database::close,
                () -> embedded.ifPresent(EmbeddedPostgresServer::close));
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
