package io.custodian.persistence;

import io.custodian.domain.tenant.Tenants;
import io.custodian.persistence.tenant.JooqTenantStore;
import io.custodian.persistence.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V8 changes what the purge ledger counts: from what a purge's batches deleted so far to what the tenant held when
 * the purge began. A purge interrupted before the upgrade must still end with a receipt counting everything it
 * deleted, before and after.
 */
class PurgeCountsMigrationTest {

    @Test
    void a_purge_interrupted_before_v8_counts_what_it_deleted_and_what_is_left() {
        var settings = TestDatabase.emptyDatabase("v8_migration");
        var dataSource = new PGSimpleDataSource();
        dataSource.setUrl(settings.jdbcUrl());
        dataSource.setUser(settings.user());
        dataSource.setPassword(settings.password());
        Flyway.configure().dataSource(dataSource).locations(PostgresDatabase.MIGRATIONS).target("7").load().migrate();
        var dsl = DSL.using(dataSource, SQLDialect.POSTGRES);
        var tenants = new JooqTenantStore(dsl);
        Instant installed = Instant.parse("2026-01-01T00:00:00Z");
        tenants.save(Tenants.activeRecord("acme", installed));
        tenants.save(Tenants.activeRecord("globex", installed));
        // acme's purge deleted 5 relations and 7 field traces before the upgrade; 2 relations and 3 twins are left
        dsl.execute("insert into sync_relation (client_key, item_id, last_written_at, content) "
                + "select 'acme', 'rel-' || g, now(), '\\x7b7d'::bytea from generate_series(1, 2) g");
        dsl.execute("insert into twin_trace (client_key, item_id, parent_id, last_written_at, content) "
                + "select 'acme', 'twin-' || g, 'rel-1', now(), '\\x7b7d'::bytea from generate_series(1, 3) g");
        dsl.execute("insert into sync_relation (client_key, item_id, last_written_at, content) "
                + "values ('globex', 'rel-1', now(), '\\x7b7d'::bytea)");
        dsl.execute("insert into purge_progress (client_key, started_at) values ('acme', now())");
        dsl.execute("insert into purge_progress_count (client_key, item_kind, deleted) "
                + "values ('acme', 'SYNC_RELATION', 5), ('acme', 'FIELD_TRACE', 7)");

        PostgresDatabase.migrate(dataSource);

        Map<String, Long> counts = dsl.resultQuery("select item_kind, item_count from purge_progress_count "
                        + "where client_key = 'acme' and state = 'PENDING'")
                .fetchMap(row -> row.get(0, String.class), row -> row.get(1, Long.class));
        assertThat(counts).isEqualTo(Map.of("SYNC_RELATION", 7L, "FIELD_TRACE", 7L, "TWIN_TRACE", 3L));
        assertThat(dsl.fetchCount(DSL.table("purge_progress_count"), DSL.field("client_key").eq("globex")))
                .as("a tenant not being purged is not counted").isZero();
        assertThat(dsl.fetchCount(DSL.table("sync_relation"))).as("no item deleted by the migration").isEqualTo(3);
    }
}
