package io.custodian.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The one connection pool and the one {@link DSLContext} of a process. Migrates the schema with Flyway
 * from the same scripts the committed jOOQ code was generated from.
 *
 * <p>Transactions are thread-bound: a store called inside a unit of work uses the unit's connection. A store that
 * needs its own transaction boundary (several statements that must succeed together, or a savepoint) opens it with
 * the <em>no-argument</em> lambda forms, {@code dsl.transaction(() -> ...)} and {@code dsl.transactionResult(() ->
 * ...)}, and keeps using the shared {@code dsl} inside: these nest as savepoints in the caller's transaction. The
 * forms taking the transaction's {@code Configuration} ({@code dsl.transaction(trx -> ...)}) on this shared
 * {@code DSLContext} do not see the caller's transaction: nested inside one, they commit it early and leave the rest
 * of the unit of work in auto-commit (see {@code JooqTransactionsTest}).
 */
public final class PostgresDatabase implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(PostgresDatabase.class.getName());
    /** Where the migrations live on the class path. */
    public static final String MIGRATIONS = "classpath:db/migration";

    private final HikariDataSource dataSource;
    private final DSLContext dsl;

    private PostgresDatabase(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        // thread-bound transactions: stores share this one DSLContext and join the caller's transaction
        this.dsl = DSL.using(new DefaultConfiguration()
                .set(SQLDialect.POSTGRES)
                .set(new ThreadLocalTransactionProvider(new KnownIsolationConnections(
                        new DataSourceConnectionProvider(dataSource), Connection.TRANSACTION_READ_COMMITTED)))
                .set(new Settings()
                        .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                        .withRenderSchema(false)
                        .withExecuteLogging(false)));
    }

    /** Opens the pool, migrates the schema to the latest version and returns the ready database. */
    public static PostgresDatabase open(DatabaseSettings settings) {
        var pool = pool(settings);
        try {
            migrate(pool);
            return new PostgresDatabase(pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    static HikariDataSource pool(DatabaseSettings settings) {
        var config = new HikariConfig();
        config.setPoolName("custodian");
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setMinimumIdle(Math.min(2, settings.maxPoolSize()));
        config.setConnectionTimeout(settings.connectTimeout().toMillis());
        config.setValidationTimeout(Math.min(settings.connectTimeout().toMillis(), 2_000));
        config.setInitializationFailTimeout(settings.connectTimeout().toMillis());
        // set on every connection opened and restored on every connection returned (KnownIsolationConnections)
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        config.addDataSourceProperty("ApplicationName", "custodian");
        config.addDataSourceProperty("connectTimeout", Math.max(1, settings.connectTimeout().toSeconds()));
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new HikariDataSource(config);
    }

    /** Applies every pending migration. */
    public static void migrate(DataSource dataSource) {
        var result = Flyway.configure()
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .validateMigrationNaming(true)
                .load()
                .migrate();
        LOG.log(System.Logger.Level.INFO, "Database schema at version {0} ({1} migration(s) applied)",
                result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion,
                result.migrationsExecuted);
    }

    public DSLContext dsl() {
        return dsl;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** True when a connection can be had and answers within a second; never throws. */
    public boolean isReachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(1);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
