package io.custodian.domain.retention;

import io.custodian.domain.tenant.ClientKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static io.custodian.domain.datamap.ItemKind.ISSUE_VERSION_COPY;
import static io.custodian.domain.datamap.ItemKind.SYNC_RELATION;
import static io.custodian.domain.datamap.ItemKind.TWIN_TRACE;
import static io.custodian.domain.retention.Items.ref;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link RecordIssueVersionUseCase} of {@link OperationDataService}: numbering and the keep-latest-two rule. */
class IssueVersionRecordingTest {

    private static final ClientKey ACME = new ClientKey("acme");
    private static final ItemId TWIN = new ItemId("rel/10042");

    private final CustodyFixture custody = new CustodyFixture();

    @BeforeEach
    void installAcmeWithARelationAndATwin() {
        custody.install("acme");
        custody.write("acme", SYNC_RELATION, "rel");
        custody.write("acme", TWIN_TRACE, TWIN.value(), "rel");
    }

    private RecordOperationItemUseCase.Outcome copy(ItemId twin, int marker) {
        return custody.operations.recordVersion(
                new RecordIssueVersionCommand(ACME, twin, new ItemContent(new byte[]{(byte) marker})));
    }

    private List<String> copiesOf(ItemId twin) {
        return custody.items.itemsOfKind(ACME, ISSUE_VERSION_COPY, Optional.of(twin)).stream()
                .map(item -> item.id().value()).sorted().toList();
    }

    @Test
    void numbers_the_copies_of_a_twin_in_the_order_they_are_written() {
        RecordOperationItemUseCase.Recorded first = (RecordOperationItemUseCase.Recorded) copy(TWIN, 1);
        custody.clock.advance(Duration.ofSeconds(1));
        RecordOperationItemUseCase.Recorded second = (RecordOperationItemUseCase.Recorded) copy(TWIN, 2);

        assertThat(first.item().id()).isEqualTo(new ItemId("rel/10042@0000000001"));
        assertThat(first.item().parent()).contains(TWIN);
        assertThat(first.item().lastWrittenAt()).isEqualTo(custody.clock.instant().minusSeconds(1));
        assertThat(second.item().id()).isEqualTo(new ItemId("rel/10042@0000000002"));
        assertThat(custody.items.content(second.item().ref())).contains(new ItemContent(new byte[]{2}));
    }

    @Test
    void keeps_only_the_latest_and_the_previous_copy_even_when_written_at_the_same_instant() {
        copy(TWIN, 1);
        copy(TWIN, 2);
        Deletion superseded = ((RecordOperationItemUseCase.Recorded) copy(TWIN, 3)).superseded();

        assertThat(superseded.items()).containsExactly(new DeletedItem(
                ref("acme", ISSUE_VERSION_COPY, "rel/10042@0000000001"), DeletionCause.SUPERSEDED));
        assertThat(copiesOf(TWIN)).containsExactly("rel/10042@0000000002", "rel/10042@0000000003");
        assertThat(custody.items.content(ref("acme", ISSUE_VERSION_COPY, "rel/10042@0000000003")))
                .contains(new ItemContent(new byte[]{3}));
    }

    @Test
    void numbering_goes_on_after_older_copies_were_deleted() {
        for (int i = 1; i <= 5; i++) {
            copy(TWIN, i);
        }

        assertThat(copiesOf(TWIN)).containsExactly("rel/10042@0000000004", "rel/10042@0000000005");
        assertThat(((RecordOperationItemUseCase.Recorded) copy(TWIN, 6)).item().id().value())
                .isEqualTo("rel/10042@0000000006");
    }

    @Test
    void each_twin_has_its_own_numbering_and_its_own_two_copies() {
        ItemId other = new ItemId("rel/100420");
        custody.write("acme", TWIN_TRACE, other.value(), "rel");
        copy(TWIN, 1);
        copy(TWIN, 2);
        copy(other, 1);

        assertThat(copiesOf(TWIN)).containsExactly("rel/10042@0000000001", "rel/10042@0000000002");
        assertThat(copiesOf(other)).containsExactly("rel/100420@0000000001");
    }

    @Test
    void a_copy_of_a_twin_that_does_not_exist_is_refused_and_nothing_is_stored() {
        int before = custody.items.size();

        assertThat(copy(new ItemId("rel/missing"), 1))
                .isEqualTo(new RecordOperationItemUseCase.Refused(OperationRefusal.PARENT_NOT_FOUND));
        assertThat(custody.items.size()).isEqualTo(before);
    }

    @Test
    void a_copy_for_a_disabled_tenant_is_refused_and_nothing_is_stored() {
        custody.disable("acme");
        int before = custody.items.size();

        assertThat(copy(TWIN, 1))
                .isEqualTo(new RecordOperationItemUseCase.Refused(OperationRefusal.TENANT_NOT_ACTIVE));
        assertThat(custody.items.size()).isEqualTo(before);
    }

    @Test
    void removing_the_twin_removes_its_copies() {
        copy(TWIN, 1);
        copy(TWIN, 2);

        custody.operations.remove(new RemoveOperationItemCommand(ref("acme", TWIN_TRACE, TWIN.value())));

        assertThat(copiesOf(TWIN)).isEmpty();
    }

    @Test
    void a_version_copy_runs_in_one_transaction() {
        int before = custody.transactions.started();

        copy(TWIN, 1);

        assertThat(custody.transactions.started()).isEqualTo(before + 1);
        assertThat(custody.transactions.maxDepth()).isEqualTo(1);
    }
}
