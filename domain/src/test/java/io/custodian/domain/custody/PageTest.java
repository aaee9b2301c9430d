package io.custodian.domain.custody;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageTest {

    @Test
    void page_of_a_list_takes_its_slice_and_knows_whether_more_follow() {
        List<Integer> all = List.of(1, 2, 3, 4, 5);

        assertThat(Page.of(all, new PageRequest(1, 2)).items()).containsExactly(3, 4);
        assertThat(Page.of(all, new PageRequest(1, 2)).hasNext()).isTrue();
        assertThat(Page.of(all, new PageRequest(2, 2)).hasNext()).isFalse();
        assertThat(Page.of(all, new PageRequest(9, 2)).items()).isEmpty();
        assertThat(Page.of(all, new PageRequest(9, 2)).total()).isEqualTo(5);
    }

    @Test
    void page_requests_are_bounded() {
        assertThatThrownBy(() -> new PageRequest(-1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageRequest(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageRequest(0, PageRequest.MAX_SIZE + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new PageRequest(3, 200).offset()).isEqualTo(600);
    }

    @Test
    void a_page_cannot_claim_fewer_items_than_it_holds() {
        assertThatThrownBy(() -> new Page<>(List.of(1, 2), new PageRequest(1, 2), 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
