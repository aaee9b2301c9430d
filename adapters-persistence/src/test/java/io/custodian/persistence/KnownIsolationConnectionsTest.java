package io.custodian.persistence;

import io.custodian.persistence.testing.DatabaseTest;
import org.jooq.ConnectionProvider;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KnownIsolationConnectionsTest extends DatabaseTest {

    /** A connection that records the methods called on it and fails {@code commit}. */
    private static Connection recording(List<String> calls) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, args) -> {
                    calls.add(method.getName());
                    return switch (method.getName()) {
                        case "getTransactionIsolation" -> Connection.TRANSACTION_SERIALIZABLE;
                        case "getAutoCommit", "isClosed" -> false;
                        case "commit" -> throw new SQLException("commit failed", "40001");
                        default -> null;
                    };
                });
    }

    @Test
    void the_isolation_is_answered_without_asking_the_connection_and_follows_changes() throws SQLException {
        List<String> calls = new ArrayList<>();
        Connection connection = KnownIsolationConnections.knowingIsolation(recording(calls),
                Connection.TRANSACTION_READ_COMMITTED);

        assertThat(connection.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
        assertThat(calls).isEmpty();

        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        assertThat(connection.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_REPEATABLE_READ);
        assertThat(calls).containsExactly("setTransactionIsolation");
    }

    @Test
    void everything_else_goes_to_the_connection_with_its_exceptions() throws SQLException {
        List<String> calls = new ArrayList<>();
        Connection connection = KnownIsolationConnections.knowingIsolation(recording(calls),
                Connection.TRANSACTION_READ_COMMITTED);

        connection.setAutoCommit(false);
        assertThat(connection.getAutoCommit()).isFalse();
        assertThatThrownBy(connection::commit).isInstanceOf(SQLException.class).hasMessage("commit failed");
        connection.close();

        assertThat(calls).containsExactly("setAutoCommit", "getAutoCommit", "commit", "close");
        assertThat(connection).isEqualTo(connection).isNotEqualTo(recording(calls));
    }

    @Test
    void a_released_connection_goes_back_to_the_pool() {
        List<Connection> released = new ArrayList<>();
        List<String> calls = new ArrayList<>();
        var pool = new ConnectionProvider() {
            @Override
            public Connection acquire() {
                return recording(calls);
            }

            @Override
            public void release(Connection connection) {
                released.add(connection);
            }
        };
        var connections = new KnownIsolationConnections(pool, Connection.TRANSACTION_READ_COMMITTED);

        Connection connection = connections.acquire();
        connections.release(connection);

        assertThat(released).containsExactly(connection);
    }

    @Test
    void transactions_of_the_database_run_read_committed() {
        String level = database().dsl().transactionResult(configuration ->
                configuration.dsl().fetchSingle(DSL.field("current_setting('transaction_isolation')", String.class))
                        .value1());

        assertThat(level).isEqualTo("read committed");
    }
}
