package io.custodian.domain.receipt;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CanonicalFormTest {

    private static String text(CanonicalForm form) {
        return new String(form.toBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void lengths_count_utf8_bytes_not_characters() {
        assertThat(text(CanonicalForm.begin("t/v1").field("location", "Zürich")))
                .isEqualTo("t/v1\nlocation:7:Zürich\n");
    }

    @Test
    void a_value_that_imitates_the_next_field_cannot_be_confused_with_two_fields() {
        byte[] one = CanonicalForm.begin("t/v1").field("a", "x\nb:1:y").toBytes();
        byte[] two = CanonicalForm.begin("t/v1").field("a", "x").field("b", "y").toBytes();

        assertThat(one).isNotEqualTo(two);
    }

    @Test
    void an_absent_value_differs_from_an_empty_one_and_from_a_dash() {
        String absent = text(CanonicalForm.begin("t/v1").optionalField("a", Optional.empty()));
        String empty = text(CanonicalForm.begin("t/v1").optionalField("a", Optional.of("")));
        String dash = text(CanonicalForm.begin("t/v1").optionalField("a", Optional.of("-")));

        assertThat(absent).isEqualTo("t/v1\na:-\n");
        assertThat(empty).isEqualTo("t/v1\na:0:\n");
        assertThat(dash).isEqualTo("t/v1\na:1:-\n");
    }

    @Test
    void instants_are_iso_8601_utc() {
        assertThat(text(CanonicalForm.begin("t/v1").field("at", Instant.parse("2026-03-01T10:15:30.000001Z"))))
                .isEqualTo("t/v1\nat:27:2026-03-01T10:15:30.000001Z\n");
    }

    @Test
    void instants_finer_than_microseconds_are_refused_and_stored_precision_truncates_them() {
        Instant nanos = Instant.parse("2026-03-01T10:15:30.123456789Z");

        assertThatThrownBy(() -> CanonicalForm.begin("t/v1").field("at", nanos))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(CanonicalForm.storedPrecision(nanos)).isEqualTo(Instant.parse("2026-03-01T10:15:30.123456Z"));
    }

    @Test
    void values_with_unpaired_surrogates_are_refused_because_they_have_no_utf8_form() {
        assertThatThrownBy(() -> CanonicalForm.begin("t/v1").field("a", "x\uD800"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalForm.begin("t/v1").field("a", "\uDC00x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(text(CanonicalForm.begin("t/v1").field("a", "\uD83D\uDE00"))).isEqualTo("t/v1\na:4:😀\n");
    }

    @Test
    void field_names_and_format_ids_are_restricted_to_plain_ascii() {
        assertThatThrownBy(() -> CanonicalForm.begin("T v1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalForm.begin("t/v1").field("a:b", "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
