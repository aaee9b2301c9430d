package io.custodian.persistence.testing;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Row locks held by another connection, as another transaction (or process) holds them, until closed: for tests of
 * {@code SKIP LOCKED}. {@link #hold} returns once the locking statement has run; {@link #close} rolls back.
 */
public final class HeldRowLock implements AutoCloseable {

    private final CountDownLatch release = new CountDownLatch(1);
    private final CompletableFuture<Void> holder;

    private HeldRowLock(DataSource dataSource, String lockingSelect) throws InterruptedException {
        var locked = new CountDownLatch(1);
        holder = CompletableFuture.runAsync(() -> {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try (var statement = connection.createStatement()) {
                    statement.execute(lockingSelect);
                }
                locked.countDown();
                release.await(30, TimeUnit.SECONDS);
                connection.rollback();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        if (!locked.await(30, TimeUnit.SECONDS)) {
            release.countDown();
            throw new IllegalStateException("the lock was not taken: " + lockingSelect);
        }
    }

    /** Runs {@code lockingSelect} (a {@code SELECT ... FOR UPDATE}) in a transaction of its own that stays open. */
    public static HeldRowLock hold(DataSource dataSource, String lockingSelect) throws InterruptedException {
        return new HeldRowLock(dataSource, lockingSelect);
    }

    @Override
    public void close() throws Exception {
        release.countDown();
        holder.get(30, TimeUnit.SECONDS);
    }
}
