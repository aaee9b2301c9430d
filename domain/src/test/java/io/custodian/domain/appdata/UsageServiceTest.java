package io.custodian.domain.appdata;

import io.custodian.domain.datamap.Category;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.retention.CustodyFixture;
import io.custodian.domain.retention.ItemContent;
import io.custodian.domain.retention.RetentionSettings;
import io.custodian.domain.retention.StoredItem;
import io.custodian.domain.tenant.ClientKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class UsageServiceTest {

    private static final ClientKey ACME = new ClientKey("acme");

    private final CustodyFixture custody = new CustodyFixture();

    @BeforeEach
    void installAcme() {
        custody.install("acme");
    }

    private UsageEvent event(String name, Instant occurredAt, long count) {
        return new UsageEvent(new UsageEventName(name), occurredAt, count);
    }

    private RecordUsageUseCase.Outcome record(UsageEvent... events) {
        return custody.usage.record(new RecordUsageCommand(ACME, List.of(events)));
    }

    private Map<?, ?> storage() {
        return Map.of("items", custody.items.all(), "contents", custody.items.contents());
    }

    @Test
    void each_event_of_a_batch_is_stored_as_session_data_written_now_with_its_json() {
        Instant now = custody.clock.instant();

        RecordUsageUseCase.Recorded recorded = (RecordUsageUseCase.Recorded) record(
                event("sync.completed", now.minusSeconds(60), 3), event("relation.created", now, 1));

        assertThat(recorded.items()).extracting(StoredItem::kind, StoredItem::lastWrittenAt).containsOnly(
                org.assertj.core.groups.Tuple.tuple(ItemKind.USAGE_EVENT, now));
        assertThat(recorded.items()).hasSize(2).allMatch(item -> item.ref().category() == Category.SESSION);
        assertThat(recorded.items()).extracting(item -> item.id().value()).doesNotHaveDuplicates();
        assertThat(custody.items.content(recorded.items().get(0).ref())).contains(new ItemContent(
                "{\"name\":\"sync.completed\",\"occurredAt\":\"2026-03-01T08:59:00Z\",\"count\":3}"
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(custody.items.all()).hasSize(2);
    }

    @Test
    void a_batch_the_policy_rejects_stores_none_of_its_events() {
        Instant now = custody.clock.instant();
        Map<?, ?> before = storage();

        assertThat(record(event("ok", now, 1), event("late", now.plus(Duration.ofMinutes(6)), 1)))
                .isEqualTo(new RecordUsageUseCase.Rejected("events[1] occurred more than 5 minutes in the future"));
        assertThat(record(event("old", now.minus(Duration.ofDays(31)), 1)))
                .isEqualTo(new RecordUsageUseCase.Rejected("events[0] occurred more than 30 days ago"));
        assertThat(custody.usage.record(new RecordUsageCommand(ACME, List.of())))
                .isInstanceOf(RecordUsageUseCase.Rejected.class);
        assertThat(custody.usage.record(new RecordUsageCommand(ACME, Collections.nCopies(101, event("x", now, 1)))))
                .isInstanceOf(RecordUsageUseCase.Rejected.class);
        assertThat(storage()).isEqualTo(before);
    }

    @Test
    void a_disabled_or_unknown_tenant_is_refused_and_nothing_stored() {
        custody.disable("acme");

        assertThat(record(event("sync.completed", custody.clock.instant(), 1)))
                .isEqualTo(new RecordUsageUseCase.Refused(AppDataRefusal.TENANT_NOT_ACTIVE));
        assertThat(custody.usage.record(new RecordUsageCommand(new ClientKey("stranger"),
                List.of(event("sync.completed", custody.clock.instant(), 1)))))
                .isEqualTo(new RecordUsageUseCase.Refused(AppDataRefusal.NOT_INSTALLED));
        assertThat(custody.items.all()).isEmpty();
    }

    @Test
    void usage_events_are_deleted_by_the_sweep_once_the_session_retention_period_has_passed() {
        record(event("sync.completed", custody.clock.instant(), 1));
        Duration session = RetentionSettings.defaults().sessionRetention();

        custody.clock.advance(session.minusSeconds(1));
        custody.sweep();
        assertThat(custody.items.all()).hasSize(1);

        custody.clock.advance(Duration.ofSeconds(1));
        custody.sweep();
        assertThat(custody.items.all()).isEmpty();
    }
}
