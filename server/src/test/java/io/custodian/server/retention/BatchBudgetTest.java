package io.custodian.server.retention;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BatchBudgetTest {

    private static final Duration TARGET = Duration.ofMillis(50);

    @Test
    void startsAtTheBatchSize() {
        assertEquals(5_000, new BatchBudget(5_000, TARGET).items());
    }

    @Test
    void aBatchThatOverranTheTargetShrinksTheBudgetInProportion() {
        var budget = new BatchBudget(5_000, TARGET);
        budget.observed(5_000, Duration.ofMillis(100));
        assertEquals(2_500, budget.items());
        budget.observed(2_500, Duration.ofMillis(80));
        assertEquals(1_562, budget.items());
    }

    @Test
    void oneBatchShrinksTheBudgetToAQuarterAtMost() {
        var budget = new BatchBudget(5_000, TARGET);
        budget.observed(5_000, Duration.ofSeconds(10));
        assertEquals(1_250, budget.items());
    }

    @Test
    void theBudgetNeverDropsBelowOneItem() {
        var budget = new BatchBudget(3, TARGET);
        for (int i = 0; i < 5; i++) {
            budget.observed(budget.items(), Duration.ofSeconds(1));
        }
        assertEquals(1, budget.items());
    }

    @Test
    void fastBatchesThatUsedTheirBudgetGrowItByAQuarterUpToTheBatchSize() {
        var budget = new BatchBudget(1_000, TARGET);
        budget.observed(1_000, Duration.ofSeconds(1)); // 250
        budget.observed(250, Duration.ofMillis(10));
        assertEquals(312, budget.items());
        for (int i = 0; i < 20; i++) {
            budget.observed(budget.items(), Duration.ofMillis(10));
        }
        assertEquals(1_000, budget.items());
    }

    @Test
    void aFastBatchThatUsedLittleOfItsBudgetSaysNothing() {
        var budget = new BatchBudget(1_000, TARGET);
        budget.observed(1_000, Duration.ofSeconds(1)); // 250
        budget.observed(100, Duration.ofMillis(1));
        assertEquals(250, budget.items());
    }

    @Test
    void aBatchWithinTheTargetKeepsTheBudget() {
        var budget = new BatchBudget(1_000, TARGET);
        budget.observed(1_000, Duration.ofSeconds(1)); // 250
        budget.observed(250, Duration.ofMillis(40));
        budget.observed(250, TARGET);
        assertEquals(250, budget.items());
    }

    @Test
    void withAnUnreachableTargetTheBudgetStaysAtTheBatchSize() {
        var budget = new BatchBudget(5_000, RetentionEngine.NO_BATCH_TARGET);
        budget.observed(5_000, Duration.ofSeconds(30));
        assertEquals(5_000, budget.items());
    }

    @Test
    void rejectsAnEmptyBatchOrTarget() {
        assertThrows(IllegalArgumentException.class, () -> new BatchBudget(0, TARGET));
        assertThrows(IllegalArgumentException.class, () -> new BatchBudget(10, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new BatchBudget(10, Duration.ofMillis(-1)));
    }
}
