package io.custodian.domain.common;

import java.util.function.Supplier;

/**
 * Out-port: runs a unit of work atomically. The persistence adapter implements it with one database
 * transaction, so everything the work does through other out-ports commits or rolls back together.
 * A use case that touches several stores (tenant record, items, secrets) runs inside one call.
 * A runtime exception thrown by the work rolls the transaction back and propagates unchanged.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
