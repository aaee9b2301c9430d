package io.custodian.domain.retention;

import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.EncryptedSecret;
import io.custodian.domain.tenant.InstallationRecord;
import io.custodian.domain.tenant.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static io.custodian.domain.datamap.ItemKind.*;
import static io.custodian.domain.retention.Items.ref;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OperationDataServiceTest {

    private final CustodyFixture custody = new CustodyFixture();

    @BeforeEach
    void installAcmeWithARelationAndATwin() {
        custody.install("acme");
        custody.write("acme", SYNC_RELATION, "rel");
        custody.write("acme", TWIN_TRACE, "twin", "rel");
    }

    private Deletion superseded(RecordOperationItemUseCase.Outcome outcome) {
        return ((RecordOperationItemUseCase.Recorded) outcome).superseded();
    }

    @Test
    void writing_stores_the_item_with_the_write_time_and_its_content() {
        custody.clock.advance(Duration.ofMinutes(1));
        RecordOperationItemUseCase.Outcome outcome = custody.write("acme", FIELD_TRACE, "summary", "twin");

        assertThat(outcome).isInstanceOf(RecordOperationItemUseCase.Recorded.class);
        StoredItem stored = custody.items.find(ref("acme", FIELD_TRACE, "summary")).orElseThrow();
        assertThat(stored.lastWrittenAt()).isEqualTo(custody.clock.instant());
        assertThat(stored.parent()).contains(new ItemId("twin"));
        assertThat(custody.items.content(stored.ref())).contains(new ItemContent(new byte[]{42}));
    }

    @Test
    void writing_a_third_issue_version_copy_deletes_the_oldest() {
        custody.write("acme", ISSUE_VERSION_COPY, "twin@1", "twin");
        custody.clock.advance(Duration.ofSeconds(1));
        custody.write("acme", ISSUE_VERSION_COPY, "twin@2", "twin");
        custody.clock.advance(Duration.ofSeconds(1));

        Deletion deletion = superseded(custody.write("acme", ISSUE_VERSION_COPY, "twin@3", "twin"));

        assertThat(deletion.items()).containsExactly(
                new DeletedItem(ref("acme", ISSUE_VERSION_COPY, "twin@1"), DeletionCause.SUPERSEDED));
        assertThat(custody.items.itemsOfKind(new ClientKey("acme"), ISSUE_VERSION_COPY, Optional.of(new ItemId("twin"))))
                .extracting(item -> item.id().value()).containsExactlyInAnyOrder("twin@2", "twin@3");
    }

    @Test
    void the_first_two_copies_delete_nothing() {
        assertThat(superseded(custody.write("acme", ISSUE_VERSION_COPY, "twin@1", "twin")).isEmpty()).isTrue();
        custody.clock.advance(Duration.ofSeconds(1));
        assertThat(superseded(custody.write("acme", ISSUE_VERSION_COPY, "twin@2", "twin")).isEmpty()).isTrue();
    }

    @Test
    void refreshing_license_information_replaces_the_old_one() {
        custody.write("acme", LICENSE_INFORMATION, "license-2026-03");
        custody.clock.advanceDays(1);

        Deletion deletion = superseded(custody.write("acme", LICENSE_INFORMATION, "license-2026-04"));

        assertThat(deletion.refs()).containsExactly(ref("acme", LICENSE_INFORMATION, "license-2026-03"));
        assertThat(custody.items.itemsOfKind(new ClientKey("acme"), LICENSE_INFORMATION, Optional.empty()))
                .extracting(item -> item.id().value()).containsExactly("license-2026-04");
    }

    @Test
    void a_refresh_written_at_the_same_instant_still_replaces_the_old_license() {
        custody.write("acme", LICENSE_INFORMATION, "z-old");
        Deletion deletion = superseded(custody.write("acme", LICENSE_INFORMATION, "a-new"));
        assertThat(deletion.refs()).containsExactly(ref("acme", LICENSE_INFORMATION, "z-old"));
        custody.sweep();
        assertThat(custody.holds(ref("acme", LICENSE_INFORMATION, "a-new"))).isTrue();
    }

    @Test
    void rewriting_the_same_license_updates_it_in_place() {
        custody.write("acme", LICENSE_INFORMATION, "license");
        custody.clock.advanceDays(1);
        assertThat(superseded(custody.write("acme", LICENSE_INFORMATION, "license")).isEmpty()).isTrue();
        assertThat(custody.items.find(ref("acme", LICENSE_INFORMATION, "license")).orElseThrow().lastWrittenAt())
                .isEqualTo(custody.clock.instant());
    }

    @Test
    void removing_a_relation_deletes_its_twins_and_their_traces_and_copies() {
        custody.write("acme", FIELD_TRACE, "summary", "twin");
        custody.write("acme", ISSUE_VERSION_COPY, "twin@1", "twin");
        custody.write("acme", LICENSE_INFORMATION, "license");

        RemoveOperationItemUseCase.Outcome outcome = custody.operations.remove(
                new RemoveOperationItemCommand(ref("acme", SYNC_RELATION, "rel")));

        assertThat(outcome).isInstanceOfSatisfying(RemoveOperationItemUseCase.Removed.class, removed ->
                assertThat(removed.deletion().items()).containsExactlyInAnyOrder(
                        new DeletedItem(ref("acme", SYNC_RELATION, "rel"), DeletionCause.REMOVED_BY_CUSTOMER),
                        new DeletedItem(ref("acme", TWIN_TRACE, "twin"), DeletionCause.PARENT_DELETED),
                        new DeletedItem(ref("acme", FIELD_TRACE, "summary"), DeletionCause.PARENT_DELETED),
                        new DeletedItem(ref("acme", ISSUE_VERSION_COPY, "twin@1"), DeletionCause.PARENT_DELETED)));
        assertThat(custody.items.itemsOf(new ClientKey("acme")))
                .extracting(StoredItem::kind).containsExactly(LICENSE_INFORMATION);
    }

    @Test
    void removing_a_twin_deletes_its_field_traces_and_copies_only() {
        custody.write("acme", TWIN_TRACE, "other-twin", "rel");
        custody.write("acme", FIELD_TRACE, "summary", "twin");
        custody.write("acme", FIELD_TRACE, "other-summary", "other-twin");

        custody.operations.remove(new RemoveOperationItemCommand(ref("acme", TWIN_TRACE, "twin")));

        assertThat(custody.holds(ref("acme", FIELD_TRACE, "summary"))).isFalse();
        assertThat(custody.holds(ref("acme", FIELD_TRACE, "other-summary"))).isTrue();
        assertThat(custody.holds(ref("acme", TWIN_TRACE, "other-twin"))).isTrue();
    }

    @Test
    void removing_an_unknown_item_is_refused() {
        assertThat(custody.operations.remove(new RemoveOperationItemCommand(ref("acme", SYNC_RELATION, "nope"))))
                .isEqualTo(new RemoveOperationItemUseCase.Refused(OperationRefusal.ITEM_NOT_FOUND));
    }

    @Test
    void a_child_without_its_parent_is_refused() {
        assertThat(custody.write("acme", FIELD_TRACE, "summary", "no-such-twin"))
                .isEqualTo(new RecordOperationItemUseCase.Refused(OperationRefusal.PARENT_NOT_FOUND));
        assertThat(custody.holds(ref("acme", FIELD_TRACE, "summary"))).isFalse();
    }

    @Test
    void writes_for_a_disabled_or_marked_tenant_are_refused() {
        custody.disable("acme");
        assertThat(custody.write("acme", SYNC_RELATION, "rel-2"))
                .isEqualTo(new RecordOperationItemUseCase.Refused(OperationRefusal.TENANT_NOT_ACTIVE));
        custody.uninstall("acme");
        assertThat(custody.write("acme", SYNC_RELATION, "rel-2"))
                .isEqualTo(new RecordOperationItemUseCase.Refused(OperationRefusal.TENANT_NOT_ACTIVE));
        assertThat(custody.operations.remove(new RemoveOperationItemCommand(ref("acme", SYNC_RELATION, "rel"))))
                .isEqualTo(new RemoveOperationItemUseCase.Refused(OperationRefusal.TENANT_NOT_ACTIVE));
    }

    @Test
    void writes_for_an_unknown_tenant_are_refused() {
        assertThat(custody.write("nobody", SYNC_RELATION, "rel"))
                .isEqualTo(new RecordOperationItemUseCase.Refused(OperationRefusal.NOT_INSTALLED));
    }

    @Test
    void writes_for_a_tenant_pinned_elsewhere_are_refused() {
        custody.tenants.save(InstallationRecord.freshInstall(new ClientKey("abroad"), Tenants.account(),
                new EncryptedSecret(new byte[]{1}), Tenants.ELSEWHERE, custody.clock.instant()));
        assertThat(custody.write("abroad", SYNC_RELATION, "rel"))
                .isEqualTo(new RecordOperationItemUseCase.Refused(OperationRefusal.PINNED_ELSEWHERE));
    }

    @Test
    void only_operation_data_is_written_through_this_use_case() {
        assertThatThrownBy(() -> custody.write("acme", CONFIGURATION_DOCUMENT, "config"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not Operation Data");
        assertThatThrownBy(() -> custody.write("acme", TWIN_TRACE, "twin-without-relation"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parent");
    }

    @Test
    void license_information_is_one_item_per_tenant_replaced_with_its_content_on_every_write() {
        ClientKey acme = new ClientKey("acme");
        custody.operations.record(RecordOperationItemCommand.licenseInformation(acme, new ItemContent(new byte[]{1})));
        custody.clock.advance(Duration.ofMinutes(5));

        RecordOperationItemUseCase.Outcome outcome = custody.operations.record(
                RecordOperationItemCommand.licenseInformation(acme, new ItemContent(new byte[]{2})));

        assertThat(superseded(outcome).isEmpty()).isTrue();
        assertThat(custody.items.itemsOfKind(acme, LICENSE_INFORMATION, Optional.empty()))
                .extracting(StoredItem::id, StoredItem::lastWrittenAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ItemId.LICENSE, custody.clock.instant()));
        assertThat(custody.items.content(ref("acme", LICENSE_INFORMATION, "license")))
                .contains(new ItemContent(new byte[]{2}));
    }
}
