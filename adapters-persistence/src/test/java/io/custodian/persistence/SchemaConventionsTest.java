package io.custodian.persistence;

import io.custodian.domain.datamap.ItemKind;
import io.custodian.persistence.PersistenceDataMap.TenantTable;
import io.custodian.persistence.testing.DatabaseTest;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.custodian.persistence.jooq.DefaultSchema.DEFAULT_SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;

/** House rules of the schema, read from PostgreSQL's catalog and the (current) generated jOOQ metadata. */
class SchemaConventionsTest extends DatabaseTest {

    private static final String FLYWAY = "flyway_schema_history";

    @Test
    void every_constraint_is_named_after_its_table_with_its_kind_as_suffix() {
        Field<String> table = DSL.field(DSL.name("table_name"), SQLDataType.VARCHAR);
        Field<String> name = DSL.field(DSL.name("constraint_name"), SQLDataType.VARCHAR);
        Field<String> type = DSL.field(DSL.name("constraint_type"), SQLDataType.VARCHAR);
        List<String> misnamed = new ArrayList<>();
        dslWithSchemaNames().select(table, name, type)
                .from(DSL.table(DSL.name("information_schema", "table_constraints")))
                .where(DSL.field(DSL.name("table_schema"), SQLDataType.VARCHAR).eq(DSL.currentSchema()))
                .and(table.ne(FLYWAY))
                .and(name.notLike("%\\_not\\_null")) // PostgreSQL's own names for NOT NULL constraints
                .forEach(row -> {
                    String suffix = switch (row.value3()) {
                        case "PRIMARY KEY" -> "_pk";
                        case "FOREIGN KEY" -> "_fk";
                        case "CHECK" -> "_ck";
                        case "UNIQUE" -> "_uq";
                        default -> "_?";
                    };
                    if (!row.value2().startsWith(row.value1() + "_") || !row.value2().endsWith(suffix)) {
                        misnamed.add(row.value2() + " (" + row.value3() + " on " + row.value1() + ")");
                    }
                });

        assertThat(misnamed).isEmpty();
    }

    @Test
    void every_index_is_named_after_its_table_ending_in_ix_uq_or_pk() {
        Field<String> table = DSL.field(DSL.name("tablename"), SQLDataType.VARCHAR);
        Field<String> index = DSL.field(DSL.name("indexname"), SQLDataType.VARCHAR);
        List<String> misnamed = new ArrayList<>();
        dsl().select(table, index)
                .from(DSL.table(DSL.name("pg_catalog", "pg_indexes")))
                .where(DSL.field(DSL.name("schemaname"), SQLDataType.VARCHAR).eq(DSL.currentSchema()))
                .and(table.ne(FLYWAY))
                .forEach(row -> {
                    if (!row.value2().startsWith(row.value1() + "_") || !row.value2().matches(".*_(ix|uq|pk)")) {
                        misnamed.add(row.value2() + " on " + row.value1());
                    }
                });

        assertThat(misnamed).isEmpty();
    }

    @Test
    void every_tenant_table_is_keyed_by_client_key_first_so_it_shards_by_tenant() {
        for (TenantTable tenantTable : PersistenceDataMap.tenantTables()) {
            Table<?> table = DEFAULT_SCHEMA.getTable(tenantTable.name().value());
            assertThat(table).as(tenantTable.name().value()).isNotNull();
            assertThat(table.getPrimaryKey().getFields().getFirst().getName())
                    .as("first primary key column of " + table.getName())
                    .isEqualTo(PersistenceDataMap.CLIENT_KEY);
        }
    }

    @Test
    void every_item_table_has_the_write_gate_before_every_insert_and_update() {
        // the gate replaces a foreign key to tenant (V8): it refuses items of a tenant without installation, and
        // every item write once the tenant's purge has begun
        var gated = dsl().resultQuery("select c.relname from pg_trigger t join pg_class c on c.oid = t.tgrelid "
                        + "join pg_proc p on p.oid = t.tgfoid where p.proname = 'item_write_gate' and not t.tgisinternal "
                        + "and (t.tgtype & 2) <> 0 and (t.tgtype & 4) <> 0 and (t.tgtype & 16) <> 0")
                .fetchSet(0, String.class);
        for (TenantTable tenantTable : PersistenceDataMap.tenantTables()) {
            if (tenantTable.kind() == ItemKind.INSTALLATION_RECORD) {
                continue;
            }
            assertThat(gated).as(tenantTable.name().value() + " has the write gate").contains(tenantTable.name().value());
        }
    }
}
