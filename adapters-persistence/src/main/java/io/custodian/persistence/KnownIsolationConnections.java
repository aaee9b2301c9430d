package io.custodian.persistence;

import org.jooq.ConnectionProvider;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Objects;

/**
 * Hands out the pool's connections with their transaction isolation known locally. jOOQ's transaction provider asks
 * a connection for its isolation at the start of every transaction (to restore it afterwards), and the PostgreSQL
 * driver asks the server each time: one extra round trip per transaction, paid by every app request and by every
 * batch of a purge. The pool sets {@code isolation} on every connection it opens and restores it on every
 * connection returned to it, so a connection handed out here is at {@code isolation} until it is changed through
 * {@link Connection#setTransactionIsolation}, which is tracked. Everything else goes to the pool's connection.
 */
final class KnownIsolationConnections implements ConnectionProvider {

    private final ConnectionProvider pool;
    private final int isolation;

    /** @param isolation the isolation the pool gives every connection it hands out ({@link Connection} constants) */
    KnownIsolationConnections(ConnectionProvider pool, int isolation) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.isolation = isolation;
    }

    @Override
    public Connection acquire() {
        return knowingIsolation(pool.acquire(), isolation);
    }

    @Override
    public void release(Connection connection) {
        pool.release(connection);
    }

    /** {@code connection}, answering {@link Connection#getTransactionIsolation} without asking the server. */
    static Connection knowingIsolation(Connection connection, int isolation) {
        Objects.requireNonNull(connection, "connection");
        int[] current = {isolation};
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, args) -> {
                    int arguments = args == null ? 0 : args.length;
                    switch (method.getName()) {
                        case "getTransactionIsolation" -> {
                            if (arguments == 0) {
                                return current[0];
                            }
                        }
                        case "equals" -> {
                            if (arguments == 1) {
                                return proxy == args[0];
                            }
                        }
                        case "hashCode" -> {
                            if (arguments == 0) {
                                return System.identityHashCode(proxy);
                            }
                        }
                        default -> {
                        }
                    }
                    try {
                        Object result = method.invoke(connection, args);
                        if (method.getName().equals("setTransactionIsolation") && arguments == 1) {
                            current[0] = (Integer) args[0];
                        }
                        return result;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
