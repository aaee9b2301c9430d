package io.custodian.web;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorMappingTest {

    private static final int MAX_REQUEST_BYTES = 256;
    private static final String JSON = "application/json";
    /*
     * Oversized bodies stay small (about 1 KB): Helidon answers 413 and closes the connection without draining the
     * body, so a client still writing a large body can see a reset instead of the 413 (a TCP fact, also in
     * production). A 1 KB body is fully written before the answer arrives, which keeps these tests deterministic
     * (checked with 300 repetitions each).
     */
    private static final String OVERSIZED = "{\"name\":\"" + "x".repeat(MAX_REQUEST_BYTES * 4) + "\",\"count\":1}";
    private static final String VALID = """
            {"name":"gear","count":3,"createdAt":"2026-01-31T09:00:00Z"}""";

    private static final ProbeService PROBE = new ProbeService();
    private static CustodianWebServer server;
    private static TestHttp http;

    @BeforeAll
    static void startServer() {
        server = CustodianWebServer.builder()
                .settings(new WebSettings("127.0.0.1", 0, MAX_REQUEST_BYTES))
                .serviceInfo(new ServiceInfo("Custodian", "0.1.0-SNAPSHOT", "Roubaix, France"))
                .service("/probe", PROBE)
                .build()
                .start();
        http = new TestHttp(server.port());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void resetProbe() {
        PROBE.reset();
    }

    @Test
    void valid_json_is_read_into_the_record_and_the_reply_uses_iso_date_strings() {
        HttpResponse<String> response = http.post("/probe/widgets", JSON, VALID);

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).isEqualTo("""
                {"name":"gear","count":3,"createdAt":"2026-01-31T09:00:00Z","receivedAt":"2026-01-31T10:15:30+01:00"}""");
        assertThat(PROBE.processed).hasValue(1);
    }

    @Test
    void unknown_route_is_404_not_found_as_json() {
        HttpResponse<String> response = http.get("/no/such/thing");

        assertError(response, 404, "not_found");
    }

    @Test
    void unrouted_method_on_a_service_path_is_404_not_found_as_json() {
        HttpResponse<String> response = http.method("DELETE", "/probe/widgets");

        assertError(response, 404, "not_found");
    }

    @Test
    void malformed_json_is_400_bad_request_and_nothing_is_processed() {
        HttpResponse<String> response = http.post("/probe/widgets", JSON, "{\"name\": \"gear\", ");

        Map<String, Object> body = assertError(response, 400, "bad_request");
        assertThat((String) body.get("message")).startsWith("Malformed JSON");
        assertThat(PROBE.processed).hasValue(0);
    }

    @Test
    void a_string_where_a_number_is_expected_is_400_naming_the_field_without_echoing_the_value() {
        HttpResponse<String> response = http.post("/probe/widgets", JSON, """
                {"name":"gear","count":"lots-of-them"}""");

        Map<String, Object> body = assertError(response, 400, "bad_request");
        assertThat((String) body.get("message"))
                .contains("'count'")
                .contains("an integer")
                .doesNotContain("lots-of-them")
                .doesNotContain("java.")
                .doesNotContain("Widget");
        assertThat(PROBE.processed).hasValue(0);
    }

    @Test
    void a_number_where_a_string_is_expected_is_400_and_not_coerced() {
        HttpResponse<String> response = http.post("/probe/widgets", JSON, """
                {"name":42,"count":1}""");

        Map<String, Object> body = assertError(response, 400, "bad_request");
        assertThat((String) body.get("message")).isEqualTo("Field 'name' has an invalid value; expected a string");
    }

    @Test
    void a_bad_date_is_400_saying_which_format_is_expected() {
        HttpResponse<String> response = http.post("/probe/widgets", JSON, """
                {"name":"gear","count":1,"createdAt":"yesterday"}""");

        Map<String, Object> body = assertError(response, 400, "bad_request");
        assertThat((String) body.get("message")).contains("'createdAt'").contains("ISO-8601");
    }

    @Test
    void a_value_the_record_rejects_is_400_with_the_validation_message() {
        HttpResponse<String> response = http.post("/probe/widgets", JSON, """
                {"name":"gear","count":-1}""");

        Map<String, Object> body = assertError(response, 400, "bad_request");
        assertThat((String) body.get("message")).isEqualTo("Request body is invalid: count must not be negative");
    }

    @Test
    void a_missing_required_field_is_400_naming_it() {
        HttpResponse<String> response = http.post("/probe/widgets", JSON, "{\"count\":1}");

        Map<String, Object> body = assertError(response, 400, "bad_request");
        assertThat((String) body.get("message")).isEqualTo("Request body is missing required field 'name'");
    }

    @Test
    void an_array_instead_of_an_object_is_400() {
        HttpResponse<String> response = http.post("/probe/widgets", JSON, "[1,2,3]");

        Map<String, Object> body = assertError(response, 400, "bad_request");
        assertThat((String) body.get("message")).isEqualTo("Request body has the wrong JSON type; expected an object");
    }

    @Test
    void an_empty_body_is_400() {
        HttpResponse<String> response = http.post("/probe/widgets", JSON, "");

        Map<String, Object> body = assertError(response, 400, "bad_request");
        assertThat((String) body.get("message")).contains("empty");
    }

    @Test
    void a_non_json_content_type_is_415() {
        HttpResponse<String> response = http.post("/probe/widgets", "text/plain", VALID);

        assertError(response, 415, "unsupported_media_type");
        assertThat(PROBE.processed).hasValue(0);
    }

    @Test
    void a_missing_content_type_is_415() {
        HttpResponse<String> response = http.postWithoutContentType("/probe/widgets", VALID);

        assertError(response, 415, "unsupported_media_type");
    }

    @Test
    void malformed_json_read_through_helidon_media_support_is_also_400() {
        HttpResponse<String> response = http.post("/probe/widgets-media", JSON, "{\"name\": ");

        Map<String, Object> body = assertError(response, 400, "bad_request");
        assertThat((String) body.get("message")).startsWith("Malformed JSON");
        assertThat(PROBE.processed).hasValue(0);
    }

    @Test
    void a_body_over_the_limit_with_content_length_is_413_json_and_the_handler_never_runs() {
        HttpResponse<String> response = http.post("/probe/widgets", JSON, OVERSIZED);

        Map<String, Object> body = assertError(response, 413, "payload_too_large");
        assertThat((String) body.get("message")).contains(String.valueOf(MAX_REQUEST_BYTES));
        assertThat(PROBE.entered).hasValue(0);
        assertThat(PROBE.processed).hasValue(0);
    }

    @Test
    void a_chunked_body_over_the_limit_is_413_json_and_nothing_is_processed() {
        HttpResponse<String> response = http.postChunked("/probe/widgets", JSON, OVERSIZED);

        assertError(response, 413, "payload_too_large");
        assertThat(PROBE.processed).hasValue(0);
    }

    @Test
    void a_body_exactly_at_the_limit_is_accepted() {
        String prefix = "{\"name\":\"";
        String suffix = "\",\"count\":1}";
        String atLimit = prefix + "x".repeat(MAX_REQUEST_BYTES - prefix.length() - suffix.length()) + suffix;

        HttpResponse<String> response = http.post("/probe/widgets", JSON, atLimit);

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(PROBE.processed).hasValue(1);
    }

    @Test
    void an_exception_in_a_handler_is_500_internal_error_without_its_message() {
        HttpResponse<String> response = http.get("/probe/boom");

        Map<String, Object> body = assertError(response, 500, "internal_error");
        assertThat(body).containsEntry("message", "An unexpected error occurred");
        assertThat(response.body()).doesNotContain("hunter2").doesNotContain("IllegalStateException");
    }

    @Test
    void a_response_jackson_cannot_write_is_500_not_a_client_error() {
        HttpResponse<String> response = http.get("/probe/unserializable");

        assertError(response, 500, "internal_error");
    }

    @Test
    void an_api_exception_answers_with_its_status_code_and_message() {
        HttpResponse<String> response = http.get("/probe/conflict");

        Map<String, Object> body = assertError(response, 409, "tenant_already_installed");
        assertThat(body).containsEntry("message", "The tenant is already installed");
    }

    @Test
    void successful_responses_get_the_default_cache_control_and_security_headers() {
        HttpResponse<String> response = http.post("/probe/widgets", JSON, VALID);

        assertThat(response.headers().allValues("Cache-Control")).containsExactly("no-cache, no-store");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    /** Status, JSON content type, exactly {error, message}, security headers. Returns the body. */
    private static Map<String, Object> assertError(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Cache-Control")).isPresent();
        Map<String, Object> body = TestHttp.json(response);
        assertThat(body).containsOnlyKeys("error", "message").containsEntry("error", code);
        assertThat((String) body.get("message")).isNotBlank();
        return body;
    }
}
