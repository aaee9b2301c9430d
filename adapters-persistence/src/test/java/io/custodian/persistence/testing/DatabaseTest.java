package io.custodian.persistence.testing;

import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.TenantState;
import io.custodian.domain.tenant.Tenants;
import io.custodian.persistence.PostgresDatabase;
import io.custodian.persistence.tenant.JooqTenantStore;
import org.jooq.DSLContext;
import org.jooq.conf.SettingsTools;
import org.jooq.impl.DSL;
import org.jooq.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import static io.custodian.persistence.jooq.DefaultSchema.DEFAULT_SCHEMA;
import static io.custodian.persistence.jooq.Tables.TENANT;

/** Base of adapter tests: a fresh migrated database per test class; {@link #emptyTables()} between tests. */
public abstract class DatabaseTest {

    /** When {@link #installTenants} installs a tenant. */
    protected static final Instant INSTALLED_AT = Instant.parse("2026-01-01T00:00:00Z");

    private static PostgresDatabase database;

    @BeforeAll
    static void openDatabase(org.junit.jupiter.api.TestInfo info) {
        database = TestDatabase.open(info.getTestClass().orElseThrow());
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    protected static PostgresDatabase database() {
        return database;
    }

    protected static DSLContext dsl() {
        return database.dsl();
    }

    /**
     * Installs ACTIVE tenants with these client keys (tenant data references its installation), skipping those
     * installed already.
     */
    protected static void installTenants(Collection<String> clientKeys) {
        var store = new JooqTenantStore(dsl());
        for (String clientKey : new LinkedHashSet<>(clientKeys)) {
            if (store.find(new ClientKey(clientKey)).isEmpty()) {
                store.save(Tenants.activeRecord(clientKey, INSTALLED_AT));
            }
        }
    }

    protected static void installTenants(String... clientKeys) {
        installTenants(List.of(clientKeys));
    }

    /**
     * Marks these tenants for deletion (installing those not installed yet), their purge deadline at
     * {@code deadline}: due for purge from then on.
     */
    protected static void markForDeletion(Instant deadline, Collection<String> clientKeys) {
        installTenants(clientKeys);
        dsl().update(TENANT)
                .set(TENANT.STATE, TenantState.MARKED_FOR_DELETION.name())
                .set(TENANT.MARKED_AT, deadline.minus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC))
                .set(TENANT.PURGE_DEADLINE, deadline.atOffset(ZoneOffset.UTC))
                .where(TENANT.CLIENT_KEY.in(clientKeys))
                .execute();
    }

    protected static void markForDeletion(Instant deadline, String... clientKeys) {
        markForDeletion(deadline, List.of(clientKeys));
    }

    /**
     * The shared DSLContext rendering schema names, which the application's settings leave out: for queries on
     * {@code information_schema}. Joins the thread's transaction like the shared one.
     */
    protected static DSLContext dslWithSchemaNames() {
        return dsl().configuration().derive(SettingsTools.clone(dsl().settings()).withRenderSchema(true)).dsl();
    }

    /** Deletes every row of every application table. */
    protected static void emptyTables() {
        var names = DEFAULT_SCHEMA.getTables().stream().map(Table::getName).toList();
        if (!names.isEmpty()) {
            dsl().execute("truncate " + String.join(", ", names.stream().map(n -> DSL.name(n).toString()).toList()) + " cascade");
        }
    }
}
