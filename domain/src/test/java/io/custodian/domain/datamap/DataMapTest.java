package io.custodian.domain.datamap;

import io.custodian.domain.datamap.RetentionRule.AfterTicketResolved;
import io.custodian.domain.datamap.RetentionRule.KeepLatest;
import io.custodian.domain.datamap.RetentionRule.MaxIdle;
import io.custodian.domain.datamap.RetentionRule.SessionPeriod;
import io.custodian.domain.datamap.RetentionRule.UntilPurge;
import io.custodian.domain.datamap.RetentionRule.UntilRemoved;
import io.custodian.domain.datamap.RetentionRule.WithParent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.Optional;

import static io.custodian.domain.datamap.ItemKind.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataMapTest {

    private final DataMap map = DataMap.standard();

    @ParameterizedTest
    @EnumSource(ItemKind.class)
    void every_kind_has_exactly_one_category_a_description_and_rules_ending_at_purge(ItemKind kind) {
        DataMap.Entry entry = map.entry(kind);
        assertThat(entry.category()).isEqualTo(kind.category());
        assertThat(entry.description()).isNotBlank();
        assertThat(entry.rules()).contains(new UntilPurge());
        assertThat(entry.retention()).isNotBlank();
        assertThat(map.entries().stream().filter(other -> other.kind() == kind)).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Category.class)
    void every_category_has_a_purpose_a_retention_rule_and_at_least_one_kind(Category category) {
        assertThat(category.purpose()).isNotBlank();
        assertThat(category.retentionRule()).isNotBlank();
        assertThat(map.entriesIn(category)).isNotEmpty();
    }

    @Test
    void the_kinds_are_in_the_categories_the_privacy_statement_names() {
        assertThat(INSTALLATION_RECORD.category()).isEqualTo(Category.ACCOUNT);
        assertThat(Arrays.asList(LICENSE_INFORMATION, SYNC_RELATION, TWIN_TRACE, FIELD_TRACE, ISSUE_VERSION_COPY))
                .allMatch(kind -> kind.category() == Category.OPERATION);
        assertThat(CONFIGURATION_DOCUMENT.category()).isEqualTo(Category.CUSTOMER_UPLOADED);
        assertThat(USAGE_EVENT.category()).isEqualTo(Category.SESSION);
        assertThat(Arrays.asList(SUPPORT_TICKET, SUPPORT_BUNDLE)).allMatch(kind -> kind.category() == Category.SUPPORT);
    }

    @Test
    void every_operation_kind_expires_after_the_max_idle_time() {
        assertThat(map.entriesIn(Category.OPERATION)).allMatch(entry -> entry.rules().contains(new MaxIdle()));
    }

    @Test
    void operation_data_goes_as_soon_as_no_longer_required() {
        assertThat(map.entry(ISSUE_VERSION_COPY).keepLatest()).contains(2);
        assertThat(map.entry(ISSUE_VERSION_COPY).parent()).contains(TWIN_TRACE);
        assertThat(map.entry(LICENSE_INFORMATION).keepLatest()).contains(1);
        assertThat(map.entry(FIELD_TRACE).parent()).contains(TWIN_TRACE);
        assertThat(map.entry(TWIN_TRACE).parent()).contains(SYNC_RELATION);
        assertThat(map.entry(SYNC_RELATION).rules()).contains(new UntilRemoved());
    }

    @Test
    void session_and_support_data_carry_their_period_rules() {
        assertThat(map.entry(USAGE_EVENT).rules()).contains(new SessionPeriod());
        assertThat(map.entry(SUPPORT_TICKET).rules()).contains(new AfterTicketResolved());
        assertThat(map.entry(SUPPORT_BUNDLE).rules()).contains(new WithParent(SUPPORT_TICKET));
    }

    @Test
    void account_and_customer_uploaded_data_are_kept_while_subscribed() {
        assertThat(map.entry(INSTALLATION_RECORD).rules()).containsExactly(new UntilPurge());
        assertThat(map.entry(CONFIGURATION_DOCUMENT).rules()).containsExactly(new UntilPurge());
    }

    @ParameterizedTest
    @EnumSource(ItemKind.class)
    void a_parent_is_of_the_same_category_and_has_no_cycle(ItemKind kind) {
        Optional<ItemKind> parent = map.entry(kind).parent();
        parent.ifPresent(p -> assertThat(p.category()).isEqualTo(kind.category()));
        int depth = 0;
        for (Optional<ItemKind> next = parent; next.isPresent(); next = map.entry(next.get()).parent()) {
            assertThat(++depth).isLessThan(ItemKind.values().length);
        }
    }

    @Test
    void every_rule_describes_itself() {
        assertThat(new KeepLatest(1).describe()).contains("replaced on refresh");
        assertThat(new KeepLatest(2).describe()).contains("latest 2");
        assertThat(new WithParent(TWIN_TRACE).describe()).contains("twin trace");
    }

    @Test
    void a_storage_name_belongs_to_exactly_one_kind() {
        DataMap registered = map.withStorage(TWIN_TRACE, new StorageName("twin_trace"))
                .withStorage(TWIN_TRACE, new StorageName("twin_trace_archive"));

        assertThat(registered.kindStoredIn(new StorageName("twin_trace"))).contains(TWIN_TRACE);
        assertThat(registered.entry(TWIN_TRACE).storage()).hasSize(2);
        assertThatThrownBy(() -> registered.withStorage(FIELD_TRACE, new StorageName("twin_trace")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already registered");
        assertThat(map.entry(TWIN_TRACE).storage()).as("the standard map is immutable").isEmpty();
    }

    @Test
    void lists_the_kinds_no_adapter_registered_storage_for() {
        DataMap registered = map;
        for (ItemKind kind : ItemKind.values()) {
            assertThat(registered.kindsWithoutStorage()).contains(kind);
            registered = registered.withStorage(kind, new StorageName(kind.name().toLowerCase()));
        }
        assertThat(registered.kindsWithoutStorage()).isEmpty();
    }

    @Test
    void storage_names_are_lower_case_identifiers() {
        assertThatThrownBy(() -> new StorageName("Drop Table")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new StorageName("issue_version_copy").value()).isEqualTo("issue_version_copy");
    }
}
