package io.custodian.domain.common;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract of {@link Transactions}, run against the fake here and the jOOQ adapter there. */
public abstract class TransactionsContract {

    protected abstract Transactions transactions();

    @Test
    void returns_what_the_work_returns() {
        assertThat(transactions().inTransaction(() -> "done")).isEqualTo("done");
    }

    @Test
    void runs_the_work_exactly_once() {
        AtomicInteger runs = new AtomicInteger();
        transactions().run(runs::incrementAndGet);
        assertThat(runs).hasValue(1);
    }

    @Test
    void a_runtime_exception_from_the_work_propagates_unchanged() {
        IllegalStateException failure = new IllegalStateException("boom");
        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            throw failure;
        })).isSameAs(failure);
    }

    @Test
    void may_be_used_again_after_a_failure() {
        try {
            transactions().run(() -> {
                throw new IllegalStateException("first");
            });
        } catch (IllegalStateException expected) {
            // the first unit of work failed
        }
        assertThat(transactions().inTransaction(() -> 42)).isEqualTo(42);
    }
}
