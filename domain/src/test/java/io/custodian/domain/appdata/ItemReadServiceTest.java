package io.custodian.domain.appdata;

import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.retention.CustodyFixture;
import io.custodian.domain.retention.ItemContent;
import io.custodian.domain.retention.ItemId;
import io.custodian.domain.retention.StoredContent;
import io.custodian.domain.tenant.ClientKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ItemReadServiceTest {

    private static final ClientKey ACME = new ClientKey("acme");

    private final CustodyFixture custody = new CustodyFixture();

    @BeforeEach
    void installAcmeWithFiveRelations() {
        custody.install("acme");
        for (int i = 1; i <= 5; i++) {
            custody.operations.record(new RelationId("rel-" + i).record(ACME, new ItemContent(new byte[]{(byte) i})));
        }
        custody.write("acme", ItemKind.TWIN_TRACE, "rel-1/10042", "rel-1");
    }

    private ListItemsUseCase.Listed list(Optional<String> after, int limit) {
        return (ListItemsUseCase.Listed) custody.reads.list(
                new ListItemsQuery(ACME, ItemKind.SYNC_RELATION, after.map(ItemId::new), limit));
    }

    private static List<String> ids(ListItemsUseCase.Listed listed) {
        return listed.items().stream().map(item -> item.id().value()).toList();
    }

    @Test
    void lists_the_relations_with_their_content_page_by_page() {
        ListItemsUseCase.Listed first = list(Optional.empty(), 2);
        ListItemsUseCase.Listed second = list(first.next().map(ItemId::value), 2);
        ListItemsUseCase.Listed last = list(second.next().map(ItemId::value), 2);

        assertThat(ids(first)).containsExactly("rel-1", "rel-2");
        assertThat(first.items().getFirst().content()).isEqualTo(new ItemContent(new byte[]{1}));
        assertThat(first.next()).contains(new ItemId("rel-2"));
        assertThat(ids(second)).containsExactly("rel-3", "rel-4");
        assertThat(ids(last)).containsExactly("rel-5");
        assertThat(last.next()).isEmpty();
    }

    @Test
    void a_page_that_holds_exactly_the_rest_has_no_next_page() {
        ListItemsUseCase.Listed all = list(Optional.empty(), 5);

        assertThat(all.items()).extracting(StoredContent::id).hasSize(5);
        assertThat(all.next()).isEmpty();
    }

    @Test
    void a_disabled_tenant_is_refused() {
        custody.disable("acme");

        assertThat(custody.reads.list(new ListItemsQuery(ACME, ItemKind.SYNC_RELATION, Optional.empty(), 10)))
                .isEqualTo(new ListItemsUseCase.Refused(AppDataRefusal.TENANT_NOT_ACTIVE));
    }

    @Test
    void only_operation_and_customer_uploaded_kinds_within_the_page_limit_can_be_listed() {
        assertThatThrownBy(() -> new ListItemsQuery(ACME, ItemKind.USAGE_EVENT, Optional.empty(), 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ListItemsQuery(ACME, ItemKind.SUPPORT_BUNDLE, Optional.empty(), 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ListItemsQuery(ACME, ItemKind.SYNC_RELATION, Optional.empty(), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ListItemsQuery(ACME, ItemKind.SYNC_RELATION, Optional.empty(), 501))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ListItemsQuery(ACME, ItemKind.CONFIGURATION_DOCUMENT, Optional.empty(), 500).limit())
                .isEqualTo(500);
    }
}
