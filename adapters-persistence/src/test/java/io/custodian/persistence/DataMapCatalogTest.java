package io.custodian.persistence;

import io.custodian.domain.datamap.DataMap;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.datamap.StorageName;
import io.custodian.persistence.PersistenceDataMap.NonTenantTable;
import io.custodian.persistence.PersistenceDataMap.TenantTable;
import io.custodian.persistence.testing.DatabaseTest;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

import static io.custodian.persistence.jooq.Tables.USAGE_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data map against PostgreSQL's catalog after every migration: each table holds tenant data registered under one
 * item kind, with exactly its declared columns, or is listed as holding none, with a reason. A migration that adds a
 * table, or a column to a table holding tenant data, fails here until {@link PersistenceDataMap} classifies it.
 */
class DataMapCatalogTest extends DatabaseTest {

    /** Every base table of the current schema with its columns, in catalog order, read from information_schema. */
    static Map<String, List<String>> catalog(DSLContext dsl) {
        Table<?> tables = DSL.table(DSL.name("information_schema", "tables")).as("t");
        Table<?> columns = DSL.table(DSL.name("information_schema", "columns")).as("c");
        Field<String> tableName = DSL.field(DSL.name("t", "table_name"), SQLDataType.VARCHAR);
        Field<String> columnName = DSL.field(DSL.name("c", "column_name"), SQLDataType.VARCHAR);
        Map<String, List<String>> catalog = new TreeMap<>();
        dsl.select(tableName, columnName)
                .from(tables)
                .join(columns)
                .on(DSL.field(DSL.name("c", "table_schema"), SQLDataType.VARCHAR)
                        .eq(DSL.field(DSL.name("t", "table_schema"), SQLDataType.VARCHAR)))
                .and(DSL.field(DSL.name("c", "table_name"), SQLDataType.VARCHAR).eq(tableName))
                .where(DSL.field(DSL.name("t", "table_schema"), SQLDataType.VARCHAR).eq(DSL.currentSchema()))
                .and(DSL.field(DSL.name("t", "table_type"), SQLDataType.VARCHAR).eq("BASE TABLE"))
                .orderBy(tableName, DSL.field(DSL.name("c", "ordinal_position")))
                .forEach(row -> catalog.computeIfAbsent(row.value1(), name -> new ArrayList<>()).add(row.value2()));
        return catalog;
    }

    /** What is wrong with the classification of {@code catalog}'s tables; empty when every table is classified. */
    static List<String> problems(Map<String, List<String>> catalog) {
        List<String> problems = new ArrayList<>();
        catalog.forEach((table, columns) -> {
            var tenantTable = PersistenceDataMap.tenantTable(table);
            var nonTenantTable = PersistenceDataMap.nonTenantTable(table);
            if (tenantTable.isPresent()) {
                compareColumns(table, columns, tenantTable.get().columns(), problems);
            } else if (nonTenantTable.isPresent()) {
                List<String> declared = nonTenantTable.get().columns();
                if (columns.contains(PersistenceDataMap.CLIENT_KEY) || !declared.isEmpty()) {
                    compareColumns(table, columns, declared, problems);
                }
            } else {
                problems.add("table " + table + " is not classified: register it in PersistenceDataMap under the"
                        + " item kind whose data it holds, or list it as non-tenant with the reason");
            }
        });
        for (DataMap.Entry entry : PersistenceDataMap.dataMap().entries()) {
            for (StorageName storage : entry.storage()) {
                if (!catalog.containsKey(storage.value())) {
                    problems.add("table " + storage + " is registered for " + entry.kind() + " but does not exist");
                }
            }
        }
        for (NonTenantTable table : PersistenceDataMap.nonTenantTables()) {
            if (!catalog.containsKey(table.name())) {
                problems.add("table " + table.name() + " is listed as non-tenant but does not exist");
            }
        }
        return problems;
    }

    private static void compareColumns(String table, List<String> actual, List<String> declared, List<String> problems) {
        Set<String> undeclared = new LinkedHashSet<>(actual);
        declared.forEach(undeclared::remove);
        Set<String> missing = new LinkedHashSet<>(declared);
        actual.forEach(missing::remove);
        if (!undeclared.isEmpty()) {
            problems.add("table " + table + " has undeclared column(s) " + undeclared
                    + ": classify them in PersistenceDataMap");
        }
        if (!missing.isEmpty()) {
            problems.add("table " + table + " lacks declared column(s) " + missing);
        }
    }

    @Test
    void every_table_and_every_column_holding_tenant_data_is_classified() {
        assertThat(problems(catalog(dslWithSchemaNames()))).isEmpty();
    }

    @Test
    void every_item_kind_has_a_table_and_every_table_one_kind() {
        DataMap map = PersistenceDataMap.dataMap();

        assertThat(map.kindsWithoutStorage()).isEmpty();
        for (TenantTable table : PersistenceDataMap.tenantTables()) {
            assertThat(map.kindStoredIn(table.name())).contains(table.kind());
        }
    }

    @Test
    void the_tenant_data_key_is_account_data_of_the_installation_not_an_unclassified_table() {
        assertThat(PersistenceDataMap.dataMap().kindStoredIn(new StorageName("tenant_data_key")))
                .contains(ItemKind.INSTALLATION_RECORD);
        assertThat(PersistenceDataMap.nonTenantTable("tenant_data_key")).isEmpty();
    }

    @Test
    void tables_that_are_not_tenant_data_name_no_client_key_except_the_declared_custody_records() {
        Map<String, List<String>> catalog = catalog(dslWithSchemaNames());
        // deletion_request: evidence of the customer's instruction; purge_progress(_count): removed in the purge's
        // final transaction together with the installation record
        var declared = java.util.Set.of("deletion_request", "purge_progress", "purge_progress_count");

        for (NonTenantTable table : PersistenceDataMap.nonTenantTables()) {
            boolean hasClientKey = catalog.getOrDefault(table.name(), List.of()).contains(PersistenceDataMap.CLIENT_KEY);
            assertThat(hasClientKey).as(table.name()).isEqualTo(declared.contains(table.name()));
        }
    }

    @Test
    void a_new_table_or_a_new_column_of_a_tenant_table_fails_the_classification() {
        AtomicReference<List<String>> problems = new AtomicReference<>();
        try {
            dsl().transaction(() -> {
                dsl().createTable("rogue_notes")
                        .column("client_key", SQLDataType.CLOB)
                        .column("note", SQLDataType.CLOB)
                        .execute();
                dsl().alterTable(USAGE_EVENT).addColumn("ip_address", SQLDataType.CLOB).execute();
                problems.set(problems(catalog(dslWithSchemaNames())));
                throw new RollBack();
            });
        } catch (RollBack expected) {
            // the schema changes are rolled back with the transaction
        }

        assertThat(problems.get()).hasSize(2);
        assertThat(problems.get()).anySatisfy(problem -> assertThat(problem).contains("rogue_notes is not classified"));
        assertThat(problems.get()).anySatisfy(problem -> assertThat(problem).contains("usage_event has undeclared")
                .contains("ip_address"));
        assertThat(catalog(dslWithSchemaNames())).doesNotContainKey("rogue_notes");
    }

    @Test
    void a_registered_table_that_does_not_exist_fails_the_classification() {
        Map<String, List<String>> catalog = new TreeMap<>(catalog(dslWithSchemaNames()));
        catalog.remove("support_bundle");

        assertThat(problems(catalog)).containsExactly(
                "table support_bundle is registered for SUPPORT_BUNDLE but does not exist");
    }

    private static final class RollBack extends RuntimeException {
    }
}
