package io.custodian.web.connect.data;

import java.io.IOException;

import io.helidon.webserver.http.ServerRequest;

import io.custodian.domain.retention.ItemContent;
import io.custodian.web.http.ApiException;
import io.custodian.web.http.JsonBody;
import io.custodian.web.json.JsonMapping;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;

/**
 * Request bodies of the app data API and the content stored from them. A body is size-checked (413) before it is
 * parsed, parsed strictly ({@link JsonMapping}: no duplicate keys, no trailing content, no type coercion), and stored
 * in a normal form: compact JSON re-serialized from what was parsed, so only declared fields of a schema body are
 * kept and a document's whitespace is not.
 */
final class Documents {

    /** Floats as BigDecimal with their trailing zeros, so a document keeps the numbers it was sent. */
    private static final ObjectReader TREE = JsonMapping.reader()
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .forType(JsonNode.class);

    private Documents() {
    }

    /** A body that must be a JSON object, at most {@code maxBytes}, as stored content. */
    static ItemContent object(ServerRequest req, int maxBytes) {
        JsonNode tree = JsonBody.parse(JsonBody.bytes(req, maxBytes), TREE);
        if (!tree.isObject()) {
            throw ApiException.badRequest("Request body must be a JSON object");
        }
        return content(tree);
    }

    /** A body read into a schema record (whose constructor validates it), at most {@code maxBytes}. */
    static <T> T body(ServerRequest req, int maxBytes, Class<T> type) {
        return JsonBody.parse(JsonBody.bytes(req, maxBytes), type);
    }

    /** The stored form of a parsed document or schema record. */
    static ItemContent content(Object value) {
        return new ItemContent(JsonMapping.toBytes(value));
    }

    /** Stored content read back as a JSON tree, to embed in a response. */
    static JsonNode tree(ItemContent content) {
        try {
            return TREE.readValue(content.bytes());
        } catch (IOException e) {
            throw new IllegalStateException("stored app data is not JSON", e);
        }
    }
}
