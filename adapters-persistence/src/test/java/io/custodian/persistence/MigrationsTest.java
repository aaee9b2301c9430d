package io.custodian.persistence;

import io.custodian.persistence.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.custodian.persistence.jooq.Tables.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

class MigrationsTest {

    private static PostgresDatabase database;

    @BeforeAll
    static void open() {
        database = TestDatabase.open(MigrationsTest.class);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void migrating_an_already_migrated_database_changes_nothing() {
        PostgresDatabase.migrate(database.dataSource());

        assertThat(database.dsl().fetchCount(TENANT)).isZero();
    }

    @Test
    void tenant_table_holds_every_account_data_field_of_the_statement() {
        var columns = TENANT.fields();

        assertThat(java.util.Arrays.stream(columns).map(f -> f.getName()).toList())
                .contains("add_on_key", "product_type", "client_key", "base_url", "service_entitlement_number",
                        "shared_secret_ciphertext", "oauth_client_id");
    }

    @Test
    void a_reachable_database_reports_reachable() {
        assertThat(database.isReachable()).isTrue();
    }
}
