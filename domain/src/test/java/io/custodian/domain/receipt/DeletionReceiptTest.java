package io.custodian.domain.receipt;

import io.custodian.domain.datamap.Category;
import io.custodian.domain.datamap.ItemKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static io.custodian.domain.receipt.ReceiptFixtures.DEADLINE;
import static io.custodian.domain.receipt.ReceiptFixtures.EXECUTED_AT;
import static io.custodian.domain.receipt.ReceiptFixtures.MARKED_AT;
import static io.custodian.domain.receipt.ReceiptFixtures.ROUBAIX;
import static io.custodian.domain.receipt.ReceiptFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeletionReceiptTest {

    private static final ReceiptId ID = ReceiptFixtures.graceExpiredReceipt().id();
    private static final DeletionTrigger GRACE_EXPIRED = new DeletionTrigger.UninstallGraceExpired();
    private static final DeletionTrigger EARLY = new DeletionTrigger.EarlyDeletionRequest("EDR-9");
    private static final Map<ItemKind, Long> SOME = Map.of(ItemKind.TWIN_TRACE, 2L);

    private static DeletionReceipt receipt(DeletionTrigger trigger, Optional<Instant> markedAt,
            Optional<Instant> deadline, Instant executedAt) {
        return DeletionReceipt.of(ID, TENANT, trigger, SOME, markedAt, deadline, executedAt, ROUBAIX);
    }

    @Test
    void per_category_counts_are_the_per_kind_counts_summed_by_category() {
        DeletionReceipt receipt = ReceiptFixtures.graceExpiredReceipt();

        assertThat(receipt.deletedPerCategory()).isEqualTo(
                Map.of(Category.ACCOUNT, 1L, Category.OPERATION, 360L, Category.CUSTOMER_UPLOADED, 3L));
        assertThat(receipt.totalDeleted()).isEqualTo(364L);
    }

    @Test
    void zero_counts_are_left_out() {
        assertThat(ReceiptFixtures.graceExpiredReceipt().deletedPerKind()).doesNotContainKey(ItemKind.USAGE_EVENT);
        assertThat(ReceiptFixtures.graceExpiredReceipt().deletedPerCategory()).doesNotContainKey(Category.SESSION);
    }

    @Test
    void negative_counts_are_rejected() {
        assertThatThrownBy(() -> DeletionReceipt.of(ID, TENANT, EARLY, Map.of(ItemKind.USAGE_EVENT, -1L),
                Optional.empty(), Optional.empty(), EXECUTED_AT, ROUBAIX)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void per_category_counts_that_disagree_with_the_per_kind_counts_are_rejected() {
        assertThatThrownBy(() -> new DeletionReceipt(ID, TENANT, EARLY, Map.of(Category.OPERATION, 3L), SOME,
                Optional.empty(), Optional.empty(), EXECUTED_AT, ROUBAIX))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("per-category");
    }

    @Test
    void the_counts_cannot_be_changed_after_the_fact() {
        DeletionReceipt receipt = ReceiptFixtures.graceExpiredReceipt();

        assertThatThrownBy(() -> receipt.deletedPerKind().put(ItemKind.USAGE_EVENT, 1L))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> receipt.deletedPerCategory().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_grace_expired_purge_at_or_after_the_deadline_is_accepted() {
        assertThat(receipt(GRACE_EXPIRED, Optional.of(MARKED_AT), Optional.of(DEADLINE), DEADLINE).executedAt())
                .isEqualTo(DEADLINE);
    }

    @Test
    void a_grace_expired_purge_before_the_deadline_is_rejected() {
        assertThatThrownBy(() -> receipt(GRACE_EXPIRED, Optional.of(MARKED_AT), Optional.of(DEADLINE),
                DEADLINE.minusSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_grace_expired_purge_needs_a_mark_and_deadline() {
        assertThatThrownBy(() -> receipt(GRACE_EXPIRED, Optional.empty(), Optional.empty(), EXECUTED_AT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mark_and_deadline_come_together() {
        assertThatThrownBy(() -> receipt(EARLY, Optional.of(MARKED_AT), Optional.empty(), EXECUTED_AT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> receipt(EARLY, Optional.empty(), Optional.of(DEADLINE), EXECUTED_AT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_deadline_lies_at_most_180_days_after_the_mark() {
        Instant latest = MARKED_AT.plus(Duration.ofDays(180));

        assertThat(receipt(EARLY, Optional.of(MARKED_AT), Optional.of(latest), latest).deadline()).contains(latest);
        assertThatThrownBy(() -> receipt(EARLY, Optional.of(MARKED_AT), Optional.of(latest.plusSeconds(1)),
                latest.plusSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_deadline_is_not_before_the_mark() {
        assertThatThrownBy(() -> receipt(EARLY, Optional.of(MARKED_AT), Optional.of(MARKED_AT.minusSeconds(1)),
                EXECUTED_AT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void execution_is_not_before_the_mark() {
        assertThatThrownBy(() -> receipt(EARLY, Optional.of(MARKED_AT), Optional.of(DEADLINE),
                MARKED_AT.minusMillis(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_early_deletion_may_run_during_the_grace_window_or_for_an_unmarked_tenant() {
        assertThat(receipt(EARLY, Optional.of(MARKED_AT), Optional.of(DEADLINE), MARKED_AT.plusSeconds(60))
                .trigger()).isEqualTo(EARLY);
        assertThat(receipt(EARLY, Optional.empty(), Optional.empty(), EXECUTED_AT).markedAt()).isEmpty();
    }

    @Test
    void instants_are_kept_at_microsecond_precision() {
        DeletionReceipt receipt = receipt(EARLY, Optional.empty(), Optional.empty(),
                Instant.parse("2026-03-01T08:31:15.123456789Z"));

        assertThat(receipt.executedAt()).isEqualTo(Instant.parse("2026-03-01T08:31:15.123456Z"));
    }

    @Test
    void an_early_deletion_request_id_is_required_and_well_formed() {
        assertThatThrownBy(() -> new DeletionTrigger.EarlyDeletionRequest(" "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeletionTrigger.EarlyDeletionRequest("id with spaces"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new DeletionTrigger.EarlyDeletionRequest("EDR-9").reference()).contains("EDR-9");
        assertThat(GRACE_EXPIRED.reference()).isEmpty();
    }
}
