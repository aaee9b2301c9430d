package io.custodian.persistence.testing;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Row locks held by another connection, as another transaction (or process) holds them, until closed: for tests of
 * {@code SKIP LOCKED} and for statements that wait. {@link #hold} returns once the locking statement has run;
 * {@link #close} rolls back, {@link #commit} commits.
 */
public final class HeldRowLock implements AutoCloseable {

    /**
     * Runs a task on a thread of its own: the common pool may have a single thread (two cores), which a held lock
     * would occupy.
     */
    public static final Executor OWN_THREAD = task -> Thread.ofPlatform().daemon().name("held-row-lock").start(task);

    private final CountDownLatch release = new CountDownLatch(1);
    private final CompletableFuture<Void> holder;
    private volatile boolean commit;

    private HeldRowLock(DataSource dataSource, String statements) throws InterruptedException {
        var locked = new CountDownLatch(1);
        holder = CompletableFuture.runAsync(() -> {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try (var statement = connection.createStatement()) {
                    statement.execute(statements);
                }
                locked.countDown();
                release.await(30, TimeUnit.SECONDS);
                if (commit) {
                    connection.commit();
                } else {
                    connection.rollback();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, OWN_THREAD);
        if (!locked.await(30, TimeUnit.SECONDS)) {
            release.countDown();
            throw new IllegalStateException("the lock was not taken: " + statements);
        }
    }

    /**
     * Runs {@code statements} (a {@code SELECT ... FOR UPDATE}, an {@code UPDATE}, a {@code DELETE}) in a transaction
     * of its own that stays open until closed (rolled back) or committed.
     */
    public static HeldRowLock hold(DataSource dataSource, String... statements) throws InterruptedException {
        return new HeldRowLock(dataSource, String.join(";\n", statements));
    }

    /**
     * Returns once another connection waits for a lock (as a statement blocked by this transaction does), checking
     * {@code pg_stat_activity} up to {@code attempts} times.
     */
    public static void awaitLockWaiter(DataSource dataSource, int attempts) throws Exception {
        try (Connection connection = dataSource.getConnection();
             var statement = connection.prepareStatement(
                     "select count(*) from pg_stat_activity where wait_event_type = 'Lock'")) {
            for (int i = 0; i < attempts; i++) {
                try (var rows = statement.executeQuery()) {
                    rows.next();
                    if (rows.getLong(1) > 0) {
                        return;
                    }
                }
                Thread.onSpinWait();
            }
        }
        throw new IllegalStateException("no statement waited for a lock");
    }

    /** Commits the transaction (its changes become visible, its locks are released). */
    public void commit() throws Exception {
        commit = true;
        close();
    }

    @Override
    public void close() throws Exception {
        release.countDown();
        holder.get(30, TimeUnit.SECONDS);
    }
}
