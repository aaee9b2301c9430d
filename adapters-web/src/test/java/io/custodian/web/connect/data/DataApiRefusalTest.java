package io.custodian.web.connect.data;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.custodian.web.connect.testing.Site;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way the app data API refuses a request — bad ids and paths, bad bodies, sizes, authentication, tenant state,
 * methods, query parameters — with the right status and JSON error, and nothing stored.
 */
class DataApiRefusalTest extends DataApiTestSupport {

    private static final String TWIN = "{\"remoteInstance\":\"https://globex.atlassian.net\",\"remoteIssueId\":\"20077\"}";
    private static final String LICENSE = "{\"active\":true,\"type\":\"commercial\",\"evaluation\":false}";

    /** A relation, a twin and a field trace to write under; then a snapshot shows that nothing changes. */
    private void relationWithTwin() {
        ok(put("/relations/rel-1", "{}"), 200);
        ok(put("/relations/rel-1/twins/10042", TWIN), 200);
        ok(put("/relations/rel-1/twins/10042/fields/summary", "{\"remoteFieldId\":\"summary\"}"), 200);
        ok(put("/configuration/board", "{}"), 201);
    }

    private HttpResponse<String> send(String method, String path, String body) {
        return body == null ? app.host.appRequest(acme, method, API + path, null, null)
                : app.host.appJson(acme, method, API + path, body);
    }

    // ---- ids and paths --------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = ' ', value = {
            "PUT /relations/rel%201 {}",
            "PUT /relations/r%C3%A9l {}",
            "PUT /relations/rel$1 {}",
            "PUT /relations/rel-1/twins/100%2442 {\"remoteInstance\":\"https://g.example\",\"remoteIssueId\":\"1\"}",
            "PUT /relations/rel-1/twins/10042/fields/sum%3Fmary {\"remoteFieldId\":\"summary\"}",
            "POST /relations/rel-1/twins/10042%40/versions {}",
            "DELETE /relations/rel~1 -",
            "DELETE /relations/rel-1/twins/10042%3B -",
            "PUT /configuration/board%2Bsettings {}",
            "GET /configuration/... -"})
    void a_path_id_that_is_not_a_safe_id_is_400_and_nothing_is_stored(String method, String path, String body) {
        relationWithTwin();

        HttpResponse<String> response = assertRefusedUnchanged(
                () -> send(method, path, body.equals("-") ? null : body), 400, "bad_request");
        assertThat(DataApiTestApp.json(response).get("message").toString()).startsWith("Path parameter");
    }

    @Test
    void a_path_id_longer_than_64_characters_is_400() {
        relationWithTwin();
        String tooLong = "r".repeat(65);

        assertRefusedUnchanged(() -> put("/relations/" + tooLong, "{}"), 400, "bad_request");
        assertRefusedUnchanged(() -> put("/relations/rel-1/twins/" + tooLong, TWIN), 400, "bad_request");
        assertRefusedUnchanged(() -> put("/relations/rel-1/twins/10042/fields/" + tooLong,
                "{\"remoteFieldId\":\"summary\"}"), 400, "bad_request");
        ok(put("/relations/" + "r".repeat(64), "{}"), 200);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = ' ', value = {
            "PUT /relations/../license",
            "PUT /relations/rel-1/twins/../../license",
            "PUT /relations/.",
            "PUT /relations/%2e%2e",
            "DELETE /relations/rel-1/twins/..",
            "PUT /relations/rel-1/twins/10042%2F..%2F..%2Frel-2",
            "PUT /relations/rel-1%2ftwins%2f10042",
            "GET /configuration/..%5Cboard",
            "PUT /configuration/%2E%2E"})
    void dot_segments_and_encoded_slashes_in_the_path_are_400_even_before_authentication(String method, String path) {
        relationWithTwin();

        HttpResponse<String> signed = assertRefusedUnchanged(() -> send(method, path, LICENSE), 400, "bad_request");
        assertRefusedUnchanged(() -> app.host.send(method, API + path, null, "application/json", LICENSE), 400,
                "bad_request");
        assertThat(DataApiTestApp.json(signed).get("message").toString()).contains("'..'");
    }

    // ---- bodies ---------------------------------------------------------------------------------------------------

    @Test
    void a_body_that_is_not_well_formed_json_is_400_and_nothing_is_stored() {
        relationWithTwin();
        for (String body : List.of("{", "{}x", "{\"a\":1,\"a\":2}", "{'a':1}", "", "   ", "null")) {
            assertRefusedUnchanged(() -> put("/relations/rel-1", body), 400, "bad_request");
            assertRefusedUnchanged(() -> post("/relations/rel-1/twins/10042/versions", body), 400, "bad_request");
            assertRefusedUnchanged(() -> put("/license", body), 400, "bad_request");
        }
    }

    @Test
    void a_body_that_is_not_declared_as_json_is_415_and_nothing_is_stored() {
        relationWithTwin();

        assertRefusedUnchanged(() -> app.host.appRequest(acme, "PUT", API + "/relations/rel-1", "text/plain", "{}"),
                415, "unsupported_media_type");
        assertRefusedUnchanged(() -> app.host.appRequest(acme, "PUT", API + "/configuration/board", null, "{}"), 415,
                "unsupported_media_type");
        assertRefusedUnchanged(() -> app.host.appRequest(acme, "POST", API + "/usage", "application/xml",
                "<events/>"), 415, "unsupported_media_type");
    }

    @Test
    void a_license_with_missing_or_invalid_fields_is_400_and_nothing_is_stored() {
        ok(put("/license", LICENSE), 200);
        for (String body : List.of(
                "{\"type\":\"commercial\",\"evaluation\":false}",
                "{\"active\":true,\"evaluation\":false}",
                "{\"active\":true,\"type\":\"commercial\"}",
                "{\"active\":\"yes\",\"type\":\"commercial\",\"evaluation\":false}",
                "{\"active\":1,\"type\":\"commercial\",\"evaluation\":false}",
                "{\"active\":true,\"type\":7,\"evaluation\":false}",
                "{\"active\":true,\"type\":\"\",\"evaluation\":false}",
                "{\"active\":true,\"type\":\"commercial license\",\"evaluation\":false}",
                "{\"active\":true,\"type\":\"" + "t".repeat(33) + "\",\"evaluation\":false}",
                "{\"active\":true,\"type\":\"commercial\",\"evaluation\":false,\"supportEntitlementNumber\":\"SEN 1\"}",
                "{\"active\":true,\"type\":\"commercial\",\"evaluation\":false,\"maximumNumberOfUsers\":0}",
                "{\"active\":true,\"type\":\"commercial\",\"evaluation\":false,\"maximumNumberOfUsers\":\"10\"}",
                "[]")) {
            assertRefusedUnchanged(() -> put("/license", body), 400, "bad_request");
        }
    }

    @Test
    void a_twin_with_missing_or_invalid_fields_is_400_and_nothing_is_stored() {
        relationWithTwin();
        for (String body : List.of(
                "{\"remoteIssueId\":\"20077\"}",
                "{\"remoteInstance\":\"https://globex.atlassian.net\"}",
                "{\"remoteInstance\":\"ftp://globex.example\",\"remoteIssueId\":\"20077\"}",
                "{\"remoteInstance\":\"globex.atlassian.net\",\"remoteIssueId\":\"20077\"}",
                "{\"remoteInstance\":\"https://user:pw@globex.atlassian.net\",\"remoteIssueId\":\"20077\"}",
                "{\"remoteInstance\":\"https://globex.atlassian.net/?x=1\",\"remoteIssueId\":\"20077\"}",
                "{\"remoteInstance\":\"https://globex.atlassian.net/" + "p".repeat(250) + "\",\"remoteIssueId\":\"1\"}",
                "{\"remoteInstance\":\"https://globex.atlassian.net\",\"remoteIssueId\":\"20 077\"}",
                "{\"remoteInstance\":\"https://globex.atlassian.net\",\"remoteIssueId\":20077}",
                "{\"remoteInstance\":\"https://globex.atlassian.net\",\"remoteIssueId\":\"..\"}")) {
            assertRefusedUnchanged(() -> put("/relations/rel-1/twins/10042", body), 400, "bad_request");
            assertRefusedUnchanged(() -> put("/relations/rel-1/twins/10043", body), 400, "bad_request");
        }
    }

    @Test
    void a_field_trace_with_missing_or_invalid_fields_is_400_and_nothing_is_stored() {
        relationWithTwin();
        for (String body : List.of(
                "{}",
                "{\"valueHash\":\"9f86d081884c7d659a2feaa0c55ad015\"}",
                "{\"remoteFieldId\":\"summary\",\"valueHash\":\"9F86D081884C7D659A2FEAA0C55AD015\"}",
                "{\"remoteFieldId\":\"summary\",\"valueHash\":\"9f86d081\"}",
                "{\"remoteFieldId\":\"summary\",\"valueHash\":\"" + "a".repeat(129) + "\"}",
                "{\"remoteFieldId\":\"sum mary\"}")) {
            assertRefusedUnchanged(() -> put("/relations/rel-1/twins/10042/fields/summary", body), 400,
                    "bad_request");
        }
    }

    @Test
    void an_operation_body_over_the_document_limit_is_413_and_nothing_is_stored() {
        relationWithTwin();
        String tooLarge = ConfigurationApiTest.documentOf(DataApiSettings.DEFAULT_MAX_DOCUMENT_BYTES + 1);

        assertRefusedUnchanged(() -> put("/relations/rel-1", tooLarge), 413, "payload_too_large");
        assertRefusedUnchanged(() -> post("/relations/rel-1/twins/10042/versions", tooLarge), 413,
                "payload_too_large");
        assertRefusedUnchanged(() -> post("/usage", tooLarge), 413, "payload_too_large");
    }

    @Test
    void a_body_over_the_servers_request_limit_is_413_and_nothing_is_stored() {
        relationWithTwin();

        assertRefusedUnchanged(() -> put("/configuration/board",
                ConfigurationApiTest.documentOf(DataApiTestApp.MAX_REQUEST_BYTES + 1)), 413, "payload_too_large");
    }

    // ---- authentication and tenant state --------------------------------------------------------------------------

    @Test
    void a_request_without_a_valid_token_is_401_and_nothing_is_stored() {
        relationWithTwin();
        Site impostor = acme.withSecret("not-the-secret-of-acme-0123456789abcdef");
        String signedForRel1 = "JWT " + app.host.appJwt(acme, "PUT", API + "/relations/rel-1").build();

        assertRefusedUnchanged(() -> app.host.send("PUT", API + "/relations/rel-2", null, "application/json", "{}"),
                401, "unauthorized");
        assertRefusedUnchanged(() -> app.host.appJson(impostor, "PUT", API + "/relations/rel-2", "{}"), 401,
                "unauthorized");
        assertRefusedUnchanged(() -> app.host.send("PUT", API + "/relations/rel-2", signedForRel1, "application/json",
                "{}"), 401, "unauthorized");
        assertRefusedUnchanged(() -> app.host.send("DELETE", API + "/relations/rel-1", signedForRel1, null, null), 401,
                "unauthorized");
        assertRefusedUnchanged(() -> app.host.appJson(Site.jira("stranger"), "POST", API + "/usage",
                "{\"events\":[]}"), 401, "unauthorized");
    }

    @Test
    void a_disabled_tenant_is_refused_403_on_every_route_and_nothing_is_stored() {
        relationWithTwin();
        assertThat(app.host.disable(acme).statusCode()).isEqualTo(204);
        String event = "{\"events\":[{\"name\":\"sync.completed\",\"occurredAt\":\"" + app.clock.instant() + "\"}]}";
        List<Supplier<HttpResponse<String>>> requests = List.of(
                () -> put("/license", LICENSE),
                () -> put("/relations/rel-2", "{}"),
                () -> put("/relations/rel-1", "{\"changed\":true}"),
                () -> get("/relations"),
                () -> delete("/relations/rel-1"),
                () -> put("/relations/rel-1/twins/10043", TWIN),
                () -> delete("/relations/rel-1/twins/10042"),
                () -> put("/relations/rel-1/twins/10042/fields/status", "{\"remoteFieldId\":\"status\"}"),
                () -> post("/relations/rel-1/twins/10042/versions", "{}"),
                () -> put("/configuration/board", "{\"changed\":true}"),
                () -> get("/configuration/board"),
                () -> delete("/configuration/board"),
                () -> post("/usage", event));

        for (Supplier<HttpResponse<String>> request : requests) {
            assertRefusedUnchanged(request, 403, "tenant_disabled");
        }
    }

    @Test
    void an_uninstalled_tenant_is_refused_403_and_nothing_is_stored() {
        relationWithTwin();
        assertThat(app.host.uninstall(acme).statusCode()).isEqualTo(204);

        assertRefusedUnchanged(() -> put("/relations/rel-1/twins/10043", TWIN), 403, "tenant_uninstalled");
        assertRefusedUnchanged(() -> delete("/relations/rel-1"), 403, "tenant_uninstalled");
    }

    // ---- methods, query parameters, neighbours --------------------------------------------------------------------

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = ' ', value = {
            "GET /license PUT",
            "DELETE /relations GET",
            "GET /relations/rel-1 PUT,_DELETE",
            "POST /relations/rel-1/twins/10042 PUT,_DELETE",
            "DELETE /relations/rel-1/twins/10042/fields/summary PUT",
            "GET /relations/rel-1/twins/10042/versions POST",
            "GET /usage POST"})
    void other_methods_on_known_paths_are_405_with_the_allowed_ones(String method, String path, String allowed) {
        relationWithTwin();

        HttpResponse<String> response = assertRefusedUnchanged(() -> send(method, path, null), 405,
                "method_not_allowed");
        assertThat(response.headers().firstValue("Allow")).contains(allowed.replace(",_", ", "));
    }

    @Test
    void invalid_paging_parameters_are_400() {
        relationWithTwin();
        for (String query : List.of("limit=0", "limit=201", "limit=-1", "limit=abc", "limit=1.5", "limit=",
                "limit=1&limit=2", "after=rel%201", "after=..", "after=" + "r".repeat(65), "after=a&after=b")) {
            assertRefusedUnchanged(() -> get("/relations?" + query), 400, "bad_request");
        }
        ok(get("/relations?limit=200&after=rel-0"), 200);
    }

    @Test
    void the_connect_tenant_route_and_its_catch_all_still_answer_beside_the_data_api() {
        assertThat(ok(get("/tenant"), 200)).containsEntry("clientKey", acme.clientKey());
        assertRefusedUnchanged(() -> get("/nothing-here"), 404, "not_found");
        assertRefusedUnchanged(() -> get("/relations/rel-1/twins"), 404, "not_found");
        assertRefusedUnchanged(() -> app.host.get(API + "/nothing-here", null), 401, "unauthorized");
        assertRefusedUnchanged(() -> app.host.get(API + "/relations", null), 401, "unauthorized");
    }
}
