package io.custodian.domain.appdata;

import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.retention.ItemContent;
import io.custodian.domain.retention.ItemId;
import io.custodian.domain.retention.ItemRef;
import io.custodian.domain.retention.RecordOperationItemCommand;
import io.custodian.domain.tenant.ClientKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The typed ids app requests use and the item ids they compose. */
class SyncKeysTest {

    private static final ClientKey ACME = new ClientKey("acme");
    private static final ItemContent EMPTY = new ItemContent(new byte[0]);

    private final TwinKey twin = new TwinKey(new RelationId("rel-1"), new LocalIssueId("10042"));

    @Test
    void a_twin_trace_is_identified_by_relation_and_local_issue_and_is_a_child_of_the_relation() {
        RecordOperationItemCommand command = twin.record(ACME, EMPTY);

        assertThat(command.kind()).isEqualTo(ItemKind.TWIN_TRACE);
        assertThat(command.id()).isEqualTo(new ItemId("rel-1/10042"));
        assertThat(command.parent()).contains(new ItemId("rel-1"));
        assertThat(twin.ref(ACME)).isEqualTo(new ItemRef(ACME, ItemKind.TWIN_TRACE, new ItemId("rel-1/10042")));
    }

    @Test
    void two_relations_twinning_the_same_local_issue_have_different_twin_traces() {
        TwinKey sameIssueOtherRelation = new TwinKey(new RelationId("rel-2"), new LocalIssueId("10042"));

        assertThat(sameIssueOtherRelation.ref(ACME)).isNotEqualTo(twin.ref(ACME));
    }

    @Test
    void a_field_trace_is_a_child_of_its_twin() {
        RecordOperationItemCommand command = new FieldTraceKey(twin, new FieldId("customfield_10042")).record(ACME, EMPTY);

        assertThat(command.kind()).isEqualTo(ItemKind.FIELD_TRACE);
        assertThat(command.id()).isEqualTo(new ItemId("rel-1/10042/customfield_10042"));
        assertThat(command.parent()).contains(new ItemId("rel-1/10042"));
    }

    @Test
    void a_relation_and_a_configuration_document_keep_their_id_as_item_id() {
        RecordOperationItemCommand relation = new RelationId("rel-1").record(ACME, EMPTY);

        assertThat(relation.kind()).isEqualTo(ItemKind.SYNC_RELATION);
        assertThat(relation.id()).isEqualTo(new ItemId("rel-1"));
        assertThat(relation.parent()).isEqualTo(Optional.empty());
        assertThat(new ConfigurationName("board.settings").ref(ACME))
                .isEqualTo(new ItemRef(ACME, ItemKind.CONFIGURATION_DOCUMENT, new ItemId("board.settings")));
    }

    @Test
    void the_longest_ids_still_compose_item_ids_with_room_for_an_issue_version_number() {
        String longest = "x".repeat(64);
        TwinKey longTwin = new TwinKey(new RelationId(longest), new LocalIssueId(longest));

        assertThat(new FieldTraceKey(longTwin, new FieldId(longest)).itemId().value()).hasSize(194);
        assertThat(longTwin.recordVersion(ACME, EMPTY).twin().value()).hasSize(129);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10042", "ABC-123", "customfield_10042", "rel:2026.03", "a", "..a", "x.y"})
    void accepts_letters_digits_and_dot_underscore_colon_hyphen(String id) {
        assertThat(new RelationId(id).value()).isEqualTo(id);
        assertThat(new LocalIssueId(id).value()).isEqualTo(id);
        assertThat(new FieldId(id).value()).isEqualTo(id);
        assertThat(new ConfigurationName(id).value()).isEqualTo(id);
        assertThat(new UsageEventName(id).value()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "..", "...", "a/b", "a@b", "a b", "a%2Fb", "a\\b", "é", "a\u0000", "a?b", "a#b"})
    void refuses_empty_ids_dot_segments_and_any_other_character(String id) {
        assertThatThrownBy(() -> new RelationId(id)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("relation id");
        assertThatThrownBy(() -> new LocalIssueId(id)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FieldId(id)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConfigurationName(id)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UsageEventName(id)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refuses_null_and_ids_longer_than_their_limit() {
        assertThatThrownBy(() -> new RelationId(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RelationId("r".repeat(65))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 64");
        assertThat(new ConfigurationName("c".repeat(128)).value()).hasSize(128);
        assertThatThrownBy(() -> new ConfigurationName("c".repeat(129))).isInstanceOf(IllegalArgumentException.class);
    }
}
