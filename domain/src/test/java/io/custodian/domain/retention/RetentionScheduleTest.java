package io.custodian.domain.retention;

import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.InstallationRecord;
import io.custodian.domain.tenant.Tenants;
import io.custodian.domain.tenant.Transition;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static io.custodian.domain.datamap.ItemKind.*;
import static io.custodian.domain.retention.Items.child;
import static io.custodian.domain.retention.Items.item;
import static io.custodian.domain.retention.Items.resolvedTicket;
import static org.assertj.core.api.Assertions.assertThat;

class RetentionScheduleTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final ClientKey ACME = new ClientKey("acme");
    private static final Duration DAY = Duration.ofDays(1);

    private final RetentionSchedule schedule = new RetentionSchedule(RetentionSettings.defaults());
    private final InstallationRecord active = Tenants.activeRecord("acme", T0);
    private final InstallationRecord marked = ((Transition.Applied) active.uninstall(T0.plus(DAY.multipliedBy(10)),
            Duration.ofDays(180))).after();

    private Optional<ScheduledDeletion> deadlineOf(StoredItem item, InstallationRecord record, StoredItem... others) {
        List<StoredItem> all = new java.util.ArrayList<>(List.of(others));
        all.add(item);
        return schedule.schedule(ACME, Optional.of(record), all).stream()
                .filter(deletion -> deletion.item().equals(item)).findFirst();
    }

    @Test
    void an_operation_item_is_due_max_idle_after_its_last_write() {
        StoredItem relation = item("acme", SYNC_RELATION, "rel-1", T0);
        assertThat(deadlineOf(relation, active)).contains(
                new ScheduledDeletion(relation, T0.plus(Duration.ofDays(30)), DeletionCause.MAX_IDLE));
    }

    @Test
    void configuration_of_an_active_tenant_has_no_deadline() {
        assertThat(deadlineOf(item("acme", CONFIGURATION_DOCUMENT, "config", T0), active)).isEmpty();
    }

    @Test
    void every_item_of_a_marked_tenant_is_due_at_the_purge_deadline_at_the_latest() {
        StoredItem config = item("acme", CONFIGURATION_DOCUMENT, "config", T0);
        StoredItem usage = item("acme", USAGE_EVENT, "event", T0.plus(DAY.multipliedBy(150)));
        Instant deadline = marked.purgeDeadline().orElseThrow();
        assertThat(deadlineOf(config, marked)).contains(new ScheduledDeletion(config, deadline, DeletionCause.PURGE_DEADLINE));
        assertThat(deadlineOf(usage, marked)).contains(new ScheduledDeletion(usage, deadline, DeletionCause.PURGE_DEADLINE));
    }

    @Test
    void the_installation_record_of_a_marked_tenant_is_scheduled_for_its_deadline() {
        List<ScheduledDeletion> scheduled = schedule.schedule(ACME, Optional.of(marked), List.of());
        assertThat(scheduled).singleElement().satisfies(deletion -> {
            assertThat(deletion.item().kind()).isEqualTo(INSTALLATION_RECORD);
            assertThat(deletion.dueAt()).isEqualTo(marked.purgeDeadline().orElseThrow());
        });
        assertThat(schedule.schedule(ACME, Optional.of(active), List.of())).isEmpty();
    }

    @Test
    void a_usage_event_is_due_the_session_retention_after_it_was_written() {
        StoredItem usage = item("acme", USAGE_EVENT, "event", T0);
        assertThat(deadlineOf(usage, active)).contains(
                new ScheduledDeletion(usage, T0.plus(Duration.ofDays(90)), DeletionCause.SESSION_PERIOD_ELAPSED));
    }

    @Test
    void a_support_ticket_is_due_the_support_retention_after_resolution_and_its_bundle_with_it() {
        StoredItem ticket = resolvedTicket("acme", "T-1", T0, T0.plus(DAY));
        StoredItem bundle = child("acme", SUPPORT_BUNDLE, "bundle", "T-1", T0);
        Instant due = T0.plus(DAY).plus(Duration.ofDays(30));
        assertThat(deadlineOf(ticket, active, bundle))
                .contains(new ScheduledDeletion(ticket, due, DeletionCause.SUPPORT_PERIOD_ELAPSED));
        assertThat(deadlineOf(bundle, active, ticket))
                .contains(new ScheduledDeletion(bundle, due, DeletionCause.PARENT_DELETED));
    }

    @Test
    void an_unresolved_ticket_is_kept_until_the_purge() {
        StoredItem ticket = item("acme", SUPPORT_TICKET, "T-1", T0);
        assertThat(deadlineOf(ticket, active)).isEmpty();
        assertThat(deadlineOf(ticket, marked)).map(ScheduledDeletion::cause).contains(DeletionCause.PURGE_DEADLINE);
    }

    @Test
    void support_data_goes_at_the_purge_deadline_if_that_comes_first() {
        Instant resolved = marked.purgeDeadline().orElseThrow().minus(DAY);
        StoredItem ticket = resolvedTicket("acme", "T-1", T0, resolved);
        assertThat(deadlineOf(ticket, marked)).map(ScheduledDeletion::dueAt).contains(marked.purgeDeadline().orElseThrow());
    }

    @Test
    void only_the_latest_and_the_previous_issue_version_copy_are_kept() {
        StoredItem twin = child("acme", TWIN_TRACE, "twin", "rel", T0);
        StoredItem relation = item("acme", SYNC_RELATION, "rel", T0);
        StoredItem v1 = child("acme", ISSUE_VERSION_COPY, "v1", "twin", T0);
        StoredItem v2 = child("acme", ISSUE_VERSION_COPY, "v2", "twin", T0.plusSeconds(10));
        StoredItem v3 = child("acme", ISSUE_VERSION_COPY, "v3", "twin", T0.plusSeconds(20));
        assertThat(deadlineOf(v1, active, relation, twin, v2, v3))
                .contains(new ScheduledDeletion(v1, v3.lastWrittenAt(), DeletionCause.SUPERSEDED));
        assertThat(deadlineOf(v2, active, relation, twin, v1, v3).orElseThrow().cause())
                .isNotEqualTo(DeletionCause.SUPERSEDED);
        assertThat(deadlineOf(v3, active, relation, twin, v1, v2).orElseThrow().cause())
                .isNotEqualTo(DeletionCause.SUPERSEDED);
    }

    @Test
    void copies_of_different_twins_do_not_supersede_each_other() {
        StoredItem relation = item("acme", SYNC_RELATION, "rel", T0);
        StoredItem twinA = child("acme", TWIN_TRACE, "a", "rel", T0);
        StoredItem twinB = child("acme", TWIN_TRACE, "b", "rel", T0);
        StoredItem a1 = child("acme", ISSUE_VERSION_COPY, "a1", "a", T0);
        StoredItem b1 = child("acme", ISSUE_VERSION_COPY, "b1", "b", T0.plusSeconds(1));
        StoredItem b2 = child("acme", ISSUE_VERSION_COPY, "b2", "b", T0.plusSeconds(2));
        assertThat(deadlineOf(a1, active, relation, twinA, twinB, b1, b2).orElseThrow().cause())
                .isNotEqualTo(DeletionCause.SUPERSEDED);
    }

    @Test
    void an_old_license_is_due_when_the_new_one_was_written() {
        StoredItem old = item("acme", LICENSE_INFORMATION, "l1", T0);
        StoredItem refreshed = item("acme", LICENSE_INFORMATION, "l2", T0.plus(DAY));
        assertThat(deadlineOf(old, active, refreshed))
                .contains(new ScheduledDeletion(old, T0.plus(DAY), DeletionCause.SUPERSEDED));
    }

    @Test
    void traces_and_copies_whose_twin_is_gone_are_due_at_once() {
        StoredItem field = child("acme", FIELD_TRACE, "f", "gone-twin", T0);
        StoredItem copy = child("acme", ISSUE_VERSION_COPY, "c", "gone-twin", T0);
        StoredItem twin = child("acme", TWIN_TRACE, "t", "gone-relation", T0);
        assertThat(deadlineOf(field, active)).contains(new ScheduledDeletion(field, T0, DeletionCause.PARENT_DELETED));
        assertThat(deadlineOf(copy, active)).contains(new ScheduledDeletion(copy, T0, DeletionCause.PARENT_DELETED));
        assertThat(deadlineOf(twin, active)).contains(new ScheduledDeletion(twin, T0, DeletionCause.PARENT_DELETED));
    }

    @Test
    void a_child_goes_when_its_parent_goes_even_if_written_more_recently() {
        StoredItem relation = item("acme", SYNC_RELATION, "rel", T0);
        StoredItem twin = child("acme", TWIN_TRACE, "twin", "rel", T0.plus(DAY.multipliedBy(5)));
        StoredItem field = child("acme", FIELD_TRACE, "field", "twin", T0.plus(DAY.multipliedBy(10)));
        Instant relationIdle = T0.plus(Duration.ofDays(30));
        assertThat(deadlineOf(field, active, relation, twin))
                .contains(new ScheduledDeletion(field, relationIdle, DeletionCause.PARENT_DELETED));
    }

    @Test
    void items_of_a_client_key_without_installation_are_due_at_once() {
        StoredItem config = item("acme", CONFIGURATION_DOCUMENT, "config", T0);
        assertThat(schedule.schedule(ACME, Optional.empty(), List.of(config)))
                .containsExactly(new ScheduledDeletion(config, T0, DeletionCause.NO_INSTALLATION));
    }

    @Test
    void due_at_lists_only_what_is_due_by_then() {
        StoredItem relation = item("acme", SYNC_RELATION, "rel", T0);
        StoredItem usage = item("acme", USAGE_EVENT, "event", T0);
        assertThat(schedule.dueAt(ACME, Optional.of(active), List.of(relation, usage), T0.plus(Duration.ofDays(30))))
                .extracting(ScheduledDeletion::item).containsExactly(relation);
        assertThat(schedule.dueAt(ACME, Optional.of(active), List.of(relation, usage),
                T0.plus(Duration.ofDays(30)).minusNanos(1))).isEmpty();
    }

    @Test
    void superseded_keeps_the_newest_by_last_write_then_by_id() {
        StoredItem a = item("acme", LICENSE_INFORMATION, "a", T0);
        StoredItem b = item("acme", LICENSE_INFORMATION, "b", T0);
        StoredItem c = item("acme", LICENSE_INFORMATION, "c", T0.minusSeconds(1));
        assertThat(RetentionSchedule.superseded(List.of(a, b, c), 1)).containsExactly(a, c);
    }
}
