package io.custodian.domain.retention;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IssueVersionIdTest {

    private final ItemId twin = new ItemId("rel-1/10042");

    @Test
    void the_item_id_is_the_twin_id_and_the_zero_padded_sequence() {
        assertThat(IssueVersionId.first(twin).itemId()).isEqualTo(new ItemId("rel-1/10042@0000000001"));
        assertThat(new IssueVersionId(twin, 12).next().itemId()).isEqualTo(new ItemId("rel-1/10042@0000000013"));
    }

    @Test
    void item_ids_of_one_twin_sort_in_sequence_order() {
        assertThat(new IssueVersionId(twin, 9).itemId().value())
                .isLessThan(new IssueVersionId(twin, 10).itemId().value());
    }

    @Test
    void parses_its_own_item_ids_back_and_nothing_else() {
        assertThat(IssueVersionId.parse(twin, new ItemId("rel-1/10042@0000000007")))
                .contains(new IssueVersionId(twin, 7));
        assertThat(IssueVersionId.parse(twin, new ItemId("rel-1/10042@7"))).isEmpty();
        assertThat(IssueVersionId.parse(twin, new ItemId("rel-1/10042@0000000000"))).isEmpty();
        assertThat(IssueVersionId.parse(twin, new ItemId("rel-1/100420@0000000007"))).isEmpty();
        assertThat(IssueVersionId.parse(twin, new ItemId("rel-2/10042@0000000007"))).isEmpty();
        assertThat(IssueVersionId.parse(twin, new ItemId("rel-1/10042@0000000007x"))).isEmpty();
    }

    @Test
    void refuses_a_sequence_out_of_range_and_a_twin_id_without_room_for_it() {
        assertThatThrownBy(() -> new IssueVersionId(twin, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IssueVersionId(twin, IssueVersionId.MAX_SEQUENCE + 1))
                .isInstanceOf(IllegalArgumentException.class);
        ItemId longest = new ItemId("t".repeat(ItemId.MAX_LENGTH - 1 - IssueVersionId.DIGITS));
        assertThat(IssueVersionId.first(longest).itemId().value()).hasSize(ItemId.MAX_LENGTH);
        assertThatThrownBy(() -> IssueVersionId.first(new ItemId(longest.value() + "t")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
