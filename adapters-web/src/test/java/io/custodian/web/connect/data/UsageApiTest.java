package io.custodian.web.connect.data;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.retention.StoredItem;

import static org.assertj.core.api.Assertions.assertThat;

/** Usage statistics (Session Data): batches stored all or none, under the domain's usage policy. */
class UsageApiTest extends DataApiTestSupport {

    private String event(String name, Instant occurredAt, long count) {
        return "{\"name\":\"" + name + "\",\"occurredAt\":\"" + occurredAt + "\",\"count\":" + count + "}";
    }

    private String batch(String... events) {
        return "{\"events\":[" + String.join(",", events) + "]}";
    }

    private Instant now() {
        return app.clock.instant();
    }

    @Test
    void a_batch_is_stored_as_one_session_item_per_event_written_now() {
        Map<String, Object> body = ok(post("/usage", batch(event("sync.completed", now().minusSeconds(60), 3),
                "{\"name\":\"relation.created\",\"occurredAt\":\"2026-03-01T10:00:00+01:00\"}")), 200);

        assertThat(body).containsEntry("recorded", 2);
        List<StoredItem> stored = app.items.all();
        assertThat(stored).hasSize(2).allSatisfy(item -> {
            assertThat(item.kind()).isEqualTo(ItemKind.USAGE_EVENT);
            assertThat(item.lastWrittenAt()).isEqualTo(now());
        });
        assertThat(stored).extracting(item -> app.contentOf(item.ref())).containsExactly(
                "{\"name\":\"sync.completed\",\"occurredAt\":\"2026-03-01T08:59:00Z\",\"count\":3}",
                "{\"name\":\"relation.created\",\"occurredAt\":\"2026-03-01T09:00:00Z\",\"count\":1}");
    }

    @Test
    void an_event_beyond_the_future_leeway_refuses_the_whole_batch_400() {
        HttpResponse<String> response = assertRefusedUnchanged(() -> post("/usage", batch(event("ok", now(), 1),
                event("late", now().plus(Duration.ofMinutes(5)).plusSeconds(1), 1))), 400, "bad_request");

        assertThat(DataApiTestApp.json(response).get("message"))
                .isEqualTo("Usage batch refused: events[1] occurred more than 5 minutes in the future");
    }

    @Test
    void an_event_older_than_30_days_refuses_the_whole_batch_400() {
        HttpResponse<String> response = assertRefusedUnchanged(() -> post("/usage",
                batch(event("old", now().minus(Duration.ofDays(30)).minusSeconds(1), 1))), 400, "bad_request");

        assertThat(DataApiTestApp.json(response).get("message"))
                .isEqualTo("Usage batch refused: events[0] occurred more than 30 days ago");
    }

    @Test
    void events_at_the_edges_of_the_accepted_window_are_stored() {
        ok(post("/usage", batch(event("oldest", now().minus(Duration.ofDays(30)), 1),
                event("latest", now().plus(Duration.ofMinutes(5)), 1))), 200);

        assertThat(app.items.all()).hasSize(2);
    }

    @Test
    void an_empty_batch_and_one_of_more_than_100_events_are_400() {
        List<String> events = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            events.add(event("e" + i, now(), 1));
        }

        assertRefusedUnchanged(() -> post("/usage", batch()), 400, "bad_request");
        assertRefusedUnchanged(() -> post("/usage", batch(events.toArray(String[]::new))), 400, "bad_request");
        ok(post("/usage", batch(events.subList(0, 100).toArray(String[]::new))), 200);
    }

    @Test
    void events_of_the_wrong_shape_are_400_and_nothing_is_stored() {
        String at = now().toString();
        List<String> bodies = List.of(
                "{}",
                "{\"events\":null}",
                "{\"events\":{}}",
                "{\"events\":[null]}",
                "{\"events\":[{\"occurredAt\":\"" + at + "\"}]}",
                "{\"events\":[{\"name\":\"x\"}]}",
                "{\"events\":[{\"name\":\"bad name\",\"occurredAt\":\"" + at + "\"}]}",
                "{\"events\":[{\"name\":\"" + "n".repeat(65) + "\",\"occurredAt\":\"" + at + "\"}]}",
                "{\"events\":[{\"name\":7,\"occurredAt\":\"" + at + "\"}]}",
                "{\"events\":[{\"name\":\"x\",\"occurredAt\":\"yesterday\"}]}",
                "{\"events\":[{\"name\":\"x\",\"occurredAt\":1772355600}]}",
                "{\"events\":[{\"name\":\"x\",\"occurredAt\":\"" + at + "\",\"count\":0}]}",
                "{\"events\":[{\"name\":\"x\",\"occurredAt\":\"" + at + "\",\"count\":1000001}]}",
                "{\"events\":[{\"name\":\"x\",\"occurredAt\":\"" + at + "\",\"count\":\"1\"}]}",
                "{\"events\":[{\"name\":\"x\",\"occurredAt\":\"" + at + "\",\"count\":1.5}]}");
        for (String body : bodies) {
            assertRefusedUnchanged(() -> post("/usage", body), 400, "bad_request");
        }
    }

    @Test
    void a_bad_event_names_its_place_in_the_batch() {
        String body = batch(event("ok", now(), 1), "{\"name\":\"x\",\"occurredAt\":\"" + now() + "\",\"count\":0}");

        assertThat((String) DataApiTestApp.json(post("/usage", body)).get("message")).contains("events[1]")
                .contains("count");
    }
}
