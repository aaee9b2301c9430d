package io.custodian.web.connect.data;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.retention.ItemId;
import io.custodian.domain.retention.ItemRef;
import io.custodian.domain.retention.StoredItem;
import io.custodian.web.connect.testing.Site;

import static org.assertj.core.api.Assertions.assertThat;

/** The Operation Data routes of the app data API: what each stores, replaces, lists and removes. */
class OperationDataApiTest extends DataApiTestSupport {

    private static final String TWIN_BODY = "{\"remoteInstance\":\"https://globex.atlassian.net\",\"remoteIssueId\":\"20077\"}";
    private static final String FIELD_BODY = "{\"remoteFieldId\":\"customfield_20001\",\"valueHash\":\""
            + "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\"}";

    private ItemRef ref(ItemKind kind, String id) {
        return new ItemRef(acmeKey, kind, new ItemId(id));
    }

    private List<String> idsOf(ItemKind kind) {
        return app.items.all().stream().filter(item -> item.kind() == kind).map(item -> item.id().value()).sorted()
                .toList();
    }

    private void relationWithTwin(String relation, String localIssue) {
        ok(put("/relations/" + relation, "{\"name\":\"" + relation + "\"}"), 200);
        ok(put("/relations/" + relation + "/twins/" + localIssue, TWIN_BODY), 200);
    }

    // ---- license --------------------------------------------------------------------------------------------------

    @Test
    void a_license_put_stores_only_the_declared_fields_as_the_tenants_one_license_item() {
        Map<String, Object> body = ok(put("/license", "{\"active\":true,\"type\":\"commercial\",\"evaluation\":false,"
                + "\"supportEntitlementNumber\":\"SEN-1234567\",\"maximumNumberOfUsers\":250,\"creditCard\":\"4111\"}"),
                200);

        String stored = "{\"active\":true,\"type\":\"commercial\",\"evaluation\":false,"
                + "\"supportEntitlementNumber\":\"SEN-1234567\",\"maximumNumberOfUsers\":250}";
        assertThat(body).containsEntry("license", DataApiTestApp.json(stored))
                .containsEntry("writtenAt", app.clock.instant().toString());
        assertThat(app.contentOf(ref(ItemKind.LICENSE_INFORMATION, "license"))).isEqualTo(stored);
    }

    @Test
    void a_second_license_put_replaces_the_first() {
        ok(put("/license", "{\"active\":true,\"type\":\"evaluation\",\"evaluation\":true}"), 200);
        app.clock.advanceDays(1);

        ok(put("/license", "{\"active\":false,\"type\":\"commercial\",\"evaluation\":false}"), 200);

        assertThat(app.items.all()).containsExactly(StoredItem.of(acmeKey, ItemKind.LICENSE_INFORMATION, "license",
                app.clock.instant()));
        assertThat(app.contentOf(ref(ItemKind.LICENSE_INFORMATION, "license")))
                .isEqualTo("{\"active\":false,\"type\":\"commercial\",\"evaluation\":false}");
    }

    // ---- relations ------------------------------------------------------------------------------------------------

    @Test
    void a_relation_put_stores_its_document_in_compact_form_and_answers_it() {
        Map<String, Object> body = ok(put("/relations/rel-1",
                "{ \"name\" : \"Acme to Globex\", \"direction\": \"both\", \"ratio\": 1.10 }"), 200);

        assertThat(body).containsEntry("relationId", "rel-1")
                .containsEntry("writtenAt", app.clock.instant().toString())
                .containsEntry("document", Map.of("name", "Acme to Globex", "direction", "both", "ratio", 1.10));
        assertThat(app.items.find(ref(ItemKind.SYNC_RELATION, "rel-1"))).contains(
                StoredItem.of(acmeKey, ItemKind.SYNC_RELATION, "rel-1", app.clock.instant()));
        assertThat(app.contentOf(ref(ItemKind.SYNC_RELATION, "rel-1")))
                .isEqualTo("{\"name\":\"Acme to Globex\",\"direction\":\"both\",\"ratio\":1.10}");
    }

    @Test
    void a_second_relation_put_replaces_the_document_and_keeps_its_twins() {
        relationWithTwin("rel-1", "10042");
        app.clock.advanceDays(1);

        ok(put("/relations/rel-1", "{\"name\":\"renamed\"}"), 200);

        assertThat(app.contentOf(ref(ItemKind.SYNC_RELATION, "rel-1"))).isEqualTo("{\"name\":\"renamed\"}");
        assertThat(app.items.find(ref(ItemKind.SYNC_RELATION, "rel-1")).orElseThrow().lastWrittenAt())
                .isEqualTo(app.clock.instant());
        assertThat(idsOf(ItemKind.TWIN_TRACE)).containsExactly("rel-1/10042");
    }

    @Test
    void relations_are_listed_with_their_documents_page_by_page_in_id_order() {
        for (String id : List.of("rel-3", "rel-1", "rel-2")) {
            ok(put("/relations/" + id, "{\"name\":\"" + id + "\"}"), 200);
        }

        Map<String, Object> first = ok(get("/relations?limit=2"), 200);
        Map<String, Object> last = ok(get("/relations?limit=2&after=rel-2"), 200);

        assertThat(first).containsEntry("relations", List.of(
                        Map.of("relationId", "rel-1", "writtenAt", app.clock.instant().toString(),
                                "document", Map.of("name", "rel-1")),
                        Map.of("relationId", "rel-2", "writtenAt", app.clock.instant().toString(),
                                "document", Map.of("name", "rel-2"))))
                .containsEntry("next", "rel-2");
        assertThat(last).containsEntry("relations", List.of(Map.of("relationId", "rel-3",
                        "writtenAt", app.clock.instant().toString(), "document", Map.of("name", "rel-3"))))
                .containsEntry("next", null);
    }

    @Test
    void listing_without_a_limit_answers_the_default_page_size() {
        for (int i = 0; i < DataApiSettings.DEFAULT_PAGE_SIZE + 1; i++) {
            ok(put("/relations/rel-" + (100 + i), "{}"), 200);
        }

        Map<String, Object> page = ok(get("/relations"), 200);

        assertThat((List<?>) page.get("relations")).hasSize(DataApiSettings.DEFAULT_PAGE_SIZE);
        assertThat(page).containsEntry("next", "rel-149");
    }

    @Test
    void a_tenant_without_relations_lists_none() {
        assertThat(ok(get("/relations"), 200)).containsEntry("relations", List.of()).containsEntry("next", null);
    }

    // ---- twins and field traces -----------------------------------------------------------------------------------

    @Test
    void a_twin_put_stores_the_remote_instance_and_issue_as_a_child_of_its_relation() {
        ok(put("/relations/rel-1", "{}"), 200);

        Map<String, Object> body = ok(put("/relations/rel-1/twins/10042",
                "{\"remoteInstance\":\"https://globex.atlassian.net\",\"remoteIssueId\":\"20077\",\"summary\":\"x\"}"),
                200);

        assertThat(body).containsEntry("relationId", "rel-1").containsEntry("localIssueId", "10042")
                .containsEntry("twin", DataApiTestApp.json(TWIN_BODY));
        assertThat(app.items.find(ref(ItemKind.TWIN_TRACE, "rel-1/10042"))).contains(StoredItem.child(acmeKey,
                ItemKind.TWIN_TRACE, "rel-1/10042", "rel-1", app.clock.instant()));
        assertThat(app.contentOf(ref(ItemKind.TWIN_TRACE, "rel-1/10042"))).isEqualTo(TWIN_BODY);
    }

    @Test
    void two_relations_may_twin_the_same_local_issue() {
        relationWithTwin("rel-1", "10042");
        relationWithTwin("rel-2", "10042");

        assertThat(idsOf(ItemKind.TWIN_TRACE)).containsExactly("rel-1/10042", "rel-2/10042");
    }

    @Test
    void a_field_trace_put_stores_the_remote_field_and_value_hash_as_a_child_of_its_twin() {
        relationWithTwin("rel-1", "10042");

        Map<String, Object> body = ok(put("/relations/rel-1/twins/10042/fields/summary", FIELD_BODY), 200);

        assertThat(body).containsEntry("fieldId", "summary").containsEntry("trace", DataApiTestApp.json(FIELD_BODY));
        assertThat(app.items.find(ref(ItemKind.FIELD_TRACE, "rel-1/10042/summary"))).contains(StoredItem.child(
                acmeKey, ItemKind.FIELD_TRACE, "rel-1/10042/summary", "rel-1/10042", app.clock.instant()));
        assertThat(app.contentOf(ref(ItemKind.FIELD_TRACE, "rel-1/10042/summary"))).isEqualTo(FIELD_BODY);
    }

    @Test
    void a_field_trace_without_value_hash_is_stored_without_one() {
        relationWithTwin("rel-1", "10042");

        ok(put("/relations/rel-1/twins/10042/fields/summary", "{\"remoteFieldId\":\"summary\"}"), 200);

        assertThat(app.contentOf(ref(ItemKind.FIELD_TRACE, "rel-1/10042/summary")))
                .isEqualTo("{\"remoteFieldId\":\"summary\"}");
    }

    // ---- issue version copies -------------------------------------------------------------------------------------

    @Test
    void version_copies_are_numbered_and_only_the_latest_and_the_previous_are_kept() {
        relationWithTwin("rel-1", "10042");
        String versions = "/relations/rel-1/twins/10042/versions";

        Map<String, Object> first = ok(post(versions, "{\"summary\":\"v1\"}"), 201);
        Map<String, Object> second = ok(post(versions, "{\"summary\":\"v2\"}"), 201);
        Map<String, Object> third = ok(post(versions, "{\"summary\":\"v3\"}"), 201);

        assertThat(List.of(first, second, third)).extracting(body -> body.get("version"), body -> body.get("superseded"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 0), org.assertj.core.groups.Tuple.tuple(2, 0),
                        org.assertj.core.groups.Tuple.tuple(3, 1));
        assertThat(idsOf(ItemKind.ISSUE_VERSION_COPY))
                .containsExactly("rel-1/10042@0000000002", "rel-1/10042@0000000003");
        assertThat(app.contentOf(ref(ItemKind.ISSUE_VERSION_COPY, "rel-1/10042@0000000003")))
                .isEqualTo("{\"summary\":\"v3\"}");
        assertThat(app.contentOf(ref(ItemKind.ISSUE_VERSION_COPY, "rel-1/10042@0000000002")))
                .isEqualTo("{\"summary\":\"v2\"}");
    }

    // ---- removals -------------------------------------------------------------------------------------------------

    @Test
    void deleting_a_relation_removes_its_twins_field_traces_and_version_copies_at_once() {
        relationWithTwin("rel-1", "10042");
        ok(put("/relations/rel-1/twins/10043", TWIN_BODY), 200);
        ok(put("/relations/rel-1/twins/10042/fields/summary", FIELD_BODY), 200);
        ok(put("/relations/rel-1/twins/10043/fields/summary", FIELD_BODY), 200);
        ok(post("/relations/rel-1/twins/10042/versions", "{}"), 201);
        ok(post("/relations/rel-1/twins/10042/versions", "{}"), 201);
        ok(post("/relations/rel-1/twins/10043/versions", "{}"), 201);
        relationWithTwin("rel-2", "10042");
        ok(post("/relations/rel-2/twins/10042/versions", "{}"), 201);

        Map<String, Object> body = ok(delete("/relations/rel-1"), 200);

        assertThat(body).containsEntry("deleted", Map.of("SYNC_RELATION", 1, "TWIN_TRACE", 2, "FIELD_TRACE", 2,
                "ISSUE_VERSION_COPY", 3));
        assertThat(app.items.all()).extracting(item -> item.kind() + " " + item.id()).containsExactlyInAnyOrder(
                "SYNC_RELATION rel-2", "TWIN_TRACE rel-2/10042", "ISSUE_VERSION_COPY rel-2/10042@0000000001");
        assertThat(ok(get("/relations"), 200)).extracting(page -> ((List<?>) page.get("relations")).size())
                .isEqualTo(1);
    }

    @Test
    void deleting_a_twin_removes_its_field_traces_and_version_copies_and_keeps_its_relation_and_siblings() {
        relationWithTwin("rel-1", "10042");
        ok(put("/relations/rel-1/twins/10043", TWIN_BODY), 200);
        ok(put("/relations/rel-1/twins/10042/fields/summary", FIELD_BODY), 200);
        ok(post("/relations/rel-1/twins/10042/versions", "{}"), 201);

        Map<String, Object> body = ok(delete("/relations/rel-1/twins/10042"), 200);

        assertThat(body).containsEntry("deleted", Map.of("TWIN_TRACE", 1, "FIELD_TRACE", 1, "ISSUE_VERSION_COPY", 1));
        assertThat(app.items.all()).extracting(item -> item.kind() + " " + item.id())
                .containsExactlyInAnyOrder("SYNC_RELATION rel-1", "TWIN_TRACE rel-1/10043");
    }

    // ---- missing parents and other tenants ------------------------------------------------------------------------

    @Test
    void a_twin_under_a_relation_that_does_not_exist_is_404_and_nothing_is_stored() {
        assertRefusedUnchanged(() -> put("/relations/rel-1/twins/10042", TWIN_BODY), 404, "relation_not_found");
    }

    @Test
    void a_field_trace_or_version_copy_of_a_twin_that_does_not_exist_is_404_and_nothing_is_stored() {
        ok(put("/relations/rel-1", "{}"), 200);

        assertRefusedUnchanged(() -> put("/relations/rel-1/twins/10042/fields/summary", FIELD_BODY), 404,
                "twin_not_found");
        assertRefusedUnchanged(() -> post("/relations/rel-1/twins/10042/versions", "{}"), 404, "twin_not_found");
    }

    @Test
    void deleting_a_relation_or_twin_that_does_not_exist_is_404() {
        relationWithTwin("rel-1", "10042");

        assertRefusedUnchanged(() -> delete("/relations/rel-2"), 404, "relation_not_found");
        assertRefusedUnchanged(() -> delete("/relations/rel-1/twins/10043"), 404, "twin_not_found");
        assertRefusedUnchanged(() -> delete("/relations/rel-2/twins/10042"), 404, "twin_not_found");
    }

    @Test
    void another_tenant_neither_sees_nor_touches_the_relations_of_the_first() {
        relationWithTwin("rel-1", "10042");
        Site globex = Site.jira("globex");
        assertThat(app.host.install(globex).statusCode()).isEqualTo(204);

        assertThat(ok(app.host.appRequest(globex, "GET", API + "/relations", null, null), 200))
                .containsEntry("relations", List.of());
        assertRefusedUnchanged(() -> app.host.appJson(globex, "PUT", API + "/relations/rel-1/twins/10043", TWIN_BODY),
                404, "relation_not_found");
        assertRefusedUnchanged(() -> app.host.appRequest(globex, "DELETE", API + "/relations/rel-1", null, null), 404,
                "relation_not_found");
        assertThat(app.items.find(ref(ItemKind.SYNC_RELATION, "rel-1"))).isPresent();
        assertThat(app.items.itemsOfKind(acmeKey, ItemKind.TWIN_TRACE, Optional.of(new ItemId("rel-1")))).hasSize(1);
    }
}
