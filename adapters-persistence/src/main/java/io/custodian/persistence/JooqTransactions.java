package io.custodian.persistence;

import io.custodian.domain.common.Transactions;
import org.jooq.DSLContext;

import java.util.function.Supplier;

/**
 * One database transaction per unit of work. The {@link DSLContext} of {@link PostgresDatabase} binds the
 * transaction's connection to the thread, so every jOOQ store called inside the work takes part in it.
 * Nested calls join the outer transaction (as savepoints).
 */
public final class JooqTransactions implements Transactions {

    private final DSLContext dsl;

    public JooqTransactions(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return dsl.transactionResult(work::get);
    }
}
