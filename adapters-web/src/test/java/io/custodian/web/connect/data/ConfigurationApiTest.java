package io.custodian.web.connect.data;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.retention.ItemId;
import io.custodian.domain.retention.ItemRef;
import io.custodian.domain.retention.StoredItem;

import static org.assertj.core.api.Assertions.assertThat;

/** Configuration documents (Customer Uploaded Data): put, get, delete, and the size limit. */
class ConfigurationApiTest extends DataApiTestSupport {

    private static final String BOARD = "/configuration/board.settings";

    private ItemRef boardRef() {
        return new ItemRef(acmeKey, ItemKind.CONFIGURATION_DOCUMENT, new ItemId("board.settings"));
    }

    /** A JSON object of exactly {@code bytes} bytes. */
    static String documentOf(int bytes) {
        String frame = "{\"a\":\"\"}";
        return "{\"a\":\"" + "x".repeat(bytes - frame.length()) + "\"}";
    }

    @Test
    void a_new_document_is_created_201_and_read_back_as_stored() {
        Map<String, Object> body = ok(put(BOARD, "{ \"columns\": [\"todo\", \"done\"], \"wip\": 3 }"), 201);

        assertThat(body).containsEntry("name", "board.settings")
                .containsEntry("writtenAt", app.clock.instant().toString());
        assertThat(app.items.find(boardRef())).contains(StoredItem.of(acmeKey, ItemKind.CONFIGURATION_DOCUMENT,
                "board.settings", app.clock.instant()));
        HttpResponse<String> read = get(BOARD);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        assertNoStore(read);
        assertThat(read.body()).isEqualTo("{\"columns\":[\"todo\",\"done\"],\"wip\":3}");
    }

    @Test
    void putting_a_document_again_replaces_it_200() {
        ok(put(BOARD, "{\"wip\":3}"), 201);
        app.clock.advanceDays(2);

        assertThat(ok(put(BOARD, "{\"wip\":5}"), 200)).containsEntry("writtenAt", app.clock.instant().toString());

        assertThat(get(BOARD).body()).isEqualTo("{\"wip\":5}");
        assertThat(app.items.all()).hasSize(1);
    }

    @Test
    void deleting_a_document_removes_it_204_then_it_is_404() {
        ok(put(BOARD, "{}"), 201);
        ok(put("/configuration/other", "{}"), 201);

        HttpResponse<String> deleted = delete(BOARD);

        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(app.items.all()).extracting(item -> item.id().value()).containsExactly("other");
        assertRefusedUnchanged(() -> get(BOARD), 404, "configuration_not_found");
        assertRefusedUnchanged(() -> delete(BOARD), 404, "configuration_not_found");
    }

    @Test
    void a_document_larger_than_256_KiB_is_refused_413_and_nothing_is_stored() {
        ok(put(BOARD, "{\"wip\":3}"), 201);

        assertRefusedUnchanged(() -> put(BOARD, documentOf(256 * 1024 + 1)), 413, "payload_too_large");
        assertRefusedUnchanged(() -> put("/configuration/big", documentOf(256 * 1024 + 1)), 413, "payload_too_large");
        assertThat(get(BOARD).body()).isEqualTo("{\"wip\":3}");
    }

    @Test
    void a_document_of_exactly_256_KiB_is_stored() {
        String document = documentOf(256 * 1024);

        ok(put(BOARD, document), 201);

        assertThat(get(BOARD).body()).isEqualTo(document);
    }

    @Test
    void a_document_must_be_a_json_object() {
        for (String notAnObject : new String[]{"[1,2]", "\"text\"", "42", "true", "null"}) {
            assertRefusedUnchanged(() -> put(BOARD, notAnObject), 400, "bad_request");
        }
    }

    @Test
    void a_name_that_is_not_a_safe_id_of_at_most_128_characters_is_400() {
        ok(put("/configuration/" + "c".repeat(128), "{}"), 201);

        assertRefusedUnchanged(() -> put("/configuration/" + "c".repeat(129), "{}"), 400, "bad_request");
        assertRefusedUnchanged(() -> put("/configuration/board%20settings", "{}"), 400, "bad_request");
        assertRefusedUnchanged(() -> get("/configuration/board%24"), 400, "bad_request");
        assertRefusedUnchanged(() -> delete("/configuration/..."), 400, "bad_request");
    }

    @Test
    void other_methods_are_405_with_the_allowed_ones() {
        HttpResponse<String> response = assertRefusedUnchanged(() -> post(BOARD, "{}"), 405, "method_not_allowed");

        assertThat(response.headers().firstValue("Allow")).contains("GET, PUT, DELETE");
    }
}
