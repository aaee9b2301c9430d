package io.custodian.persistence.testing;

import io.custodian.persistence.PostgresDatabase;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import static io.custodian.persistence.jooq.DefaultSchema.DEFAULT_SCHEMA;

/** Base of adapter tests: a fresh migrated database per test class; {@link #emptyTables()} between tests. */
public abstract class DatabaseTest {

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

    /** Deletes every row of every application table. */
    protected static void emptyTables() {
        var names = DEFAULT_SCHEMA.getTables().stream().map(Table::getName).toList();
        if (!names.isEmpty()) {
            dsl().execute("truncate " + String.join(", ", names.stream().map(n -> DSL.name(n).toString()).toList()) + " cascade");
        }
    }
}
