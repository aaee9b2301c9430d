package io.custodian.web.json;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonMappingTest {

    private final ObjectMapper mapper = JsonMapping.create();

    record Stamped(Instant at, OffsetDateTime local, LocalDate day, Duration grace) {
    }

    record Counted(String name, int count, boolean active) {
    }

    enum Colour { RED, GREEN }

    record Painted(Colour colour) {
    }

    @Test
    void java_time_values_are_written_as_iso_strings_not_numbers() throws Exception {
        Stamped stamped = new Stamped(Instant.parse("2026-01-31T09:00:00Z"),
                                      OffsetDateTime.parse("2026-01-31T10:00:00+01:00"),
                                      LocalDate.parse("2026-01-31"),
                                      Duration.ofDays(180));

        assertThat(mapper.writeValueAsString(stamped)).isEqualTo("""
                {"at":"2026-01-31T09:00:00Z","local":"2026-01-31T10:00:00+01:00","day":"2026-01-31","grace":"PT4320H"}""");
    }

    @Test
    void offsets_are_kept_as_sent_when_reading() throws Exception {
        Stamped read = mapper.readValue("""
                {"at":"2026-01-31T09:00:00Z","local":"2026-01-31T10:00:00+01:00"}""", Stamped.class);

        assertThat(read.local()).isEqualTo(OffsetDateTime.parse("2026-01-31T10:00:00+01:00"));
        assertThat(read.local().getOffset().getTotalSeconds()).isEqualTo(3600);
    }

    @Test
    void unknown_fields_are_ignored_so_new_atlassian_fields_do_not_break_us() throws Exception {
        Counted read = mapper.readValue("""
                {"name":"a","count":1,"active":true,"addedByAtlassianLater":{"x":1}}""", Counted.class);

        assertThat(read).isEqualTo(new Counted("a", 1, true));
    }

    @Test
    void scalars_are_not_coerced_between_strings_numbers_and_booleans() {
        assertRejected("{\"name\":\"a\",\"count\":\"1\",\"active\":true}");
        assertRejected("{\"name\":1,\"count\":1,\"active\":true}");
        assertRejected("{\"name\":\"a\",\"count\":1.5,\"active\":true}");
        assertRejected("{\"name\":\"a\",\"count\":1,\"active\":\"true\"}");
        assertRejected("{\"name\":\"a\",\"count\":null,\"active\":true}");
    }

    @Test
    void numbers_are_not_accepted_for_enums() {
        assertThatThrownBy(() -> mapper.readValue("{\"colour\":0}", Painted.class))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void duplicate_keys_and_trailing_content_are_malformed() {
        assertRejected("{\"name\":\"a\",\"name\":\"b\",\"count\":1,\"active\":true}");
        assertRejected("{\"name\":\"a\",\"count\":1,\"active\":true} {}");
    }

    @Test
    void problems_are_described_by_json_path_and_expected_kind_without_java_names() {
        assertThat(problem("{\"colour\":\"BLUE\"}", Painted.class))
                .isEqualTo("Field 'colour' has an invalid value; expected one of [RED, GREEN]");
        assertThat(problem("{\"name\":\"a\",\"count\":\"x\",\"active\":true}", Counted.class))
                .isEqualTo("Field 'count' has an invalid value; expected an integer");
        assertThat(problem("{\"name\":\"a\",", Counted.class)).startsWith("Malformed JSON");
        assertThat(problem("{\"at\":[1]}", Stamped.class))
                .contains("'at'").contains("ISO-8601").doesNotContain("java.");
    }

    @Test
    void read_failures_are_client_problems_but_write_and_type_definition_failures_are_not() {
        JsonProcessingException read = failure(() -> mapper.readValue("{\"count\":\"x\"}", Counted.class));
        JsonProcessingException malformed = failure(() -> mapper.readValue("{", Counted.class));
        JsonProcessingException write = failure(() -> mapper.writeValueAsString(new Object()));

        assertThat(JsonProblems.isClientProblem(read)).isTrue();
        assertThat(JsonProblems.isClientProblem(malformed)).isTrue();
        assertThat(JsonProblems.isClientProblem(write)).isFalse();
    }

    private interface JsonCall {
        Object call() throws JsonProcessingException;
    }

    private static JsonProcessingException failure(JsonCall call) {
        try {
            call.call();
        } catch (JsonProcessingException e) {
            return e;
        }
        throw new AssertionError("expected a Jackson failure");
    }

    private void assertRejected(String json) {
        assertThatThrownBy(() -> mapper.readValue(json, Counted.class)).as(json)
                .isInstanceOf(JsonProcessingException.class);
    }

    private String problem(String json, Class<?> type) {
        try {
            mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            return JsonProblems.describe(e);
        }
        throw new AssertionError("expected a failure for " + json);
    }
}
