package io.custodian.web.json;

import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The project's one JSON configuration, used for the Helidon Jackson media support, for {@link JsonBody}
 * and for the error and health bodies.
 * <p>
 * Choices (tolerant about shape, strict about values):
 * <ul>
 *     <li>{@code java.time} values are written as ISO-8601 strings ({@code "2026-05-01T10:15:30Z"}), never numbers;
 *     offsets are kept as sent, not adjusted to UTC.</li>
 *     <li><b>Unknown fields are ignored</b>: Atlassian adds fields to its payloads (lifecycle, webhooks) without
 *     notice, and a new field must not break an install. Records declare only what we read.</li>
 *     <li><b>No silent type coercion</b>: {@code "12"} is not an int, {@code 12} is not a string, {@code 1.5} is not
 *     an int, {@code null} is not a primitive, a number is not an enum. Wrong types are 400s.</li>
 *     <li>Duplicate keys and trailing content after the JSON value are malformed input.</li>
 * </ul>
 */
public final class JsonMapping {

    private static final ObjectMapper SHARED = create();

    private JsonMapping() {
    }

    /**
     * A new, fully configured mapper. Configure nothing further on it that changes the rules above.
     *
     * @return new mapper
     */
    public static ObjectMapper create() {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        // ALLOW_COERCION_OF_SCALARS covers string -> number/boolean; these cover number/boolean -> string.
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    /**
     * Serialize a value with the shared configuration.
     *
     * @param value record, map, list, ...
     * @return UTF-8 JSON
     */
    public static byte[] toBytes(Object value) {
        try {
            return SHARED.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Cannot serialize " + value.getClass().getName() + " to JSON", e);
        }
    }

    /**
     * An immutable reader with the shared configuration; {@code forType(...)} derives typed readers.
     *
     * @return reader
     */
    public static ObjectReader reader() {
        return SHARED.reader();
    }
}
