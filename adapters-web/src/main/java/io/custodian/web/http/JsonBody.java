package io.custodian.web.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import io.helidon.common.media.type.MediaType;
import io.helidon.http.HttpMediaType;
import io.helidon.webserver.http.ServerRequest;

import io.custodian.web.json.JsonMapping;
import io.custodian.web.json.JsonProblems;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;

/**
 * Reads a JSON request body into a record (or any Jackson-readable type) with the {@link JsonMapping} rules,
 * turning every client mistake into an {@link ApiException}:
 * <ul>
 *     <li>missing or non-JSON {@code Content-Type} (JSON is {@code application/json} or {@code application/*+json})
 *     → 415 {@code unsupported_media_type};</li>
 *     <li>empty body or the literal {@code null} → 400 {@code bad_request};</li>
 *     <li>malformed JSON, wrong types, values a record constructor rejects → 400 {@code bad_request} with a
 *     message naming the field (see {@link JsonProblems}).</li>
 * </ul>
 * A body over the size limit never reaches this class (413 before or while reading).
 * <pre>{@code
 * CreateTicket command = JsonBody.read(req, CreateTicket.class);
 * }</pre>
 */
public final class JsonBody {

    private JsonBody() {
    }

    /**
     * @param req  request with a JSON body
     * @param type target type
     * @param <T>  target type
     * @return the value, never {@code null}
     * @throws ApiException 400 or 415, see class comment
     */
    public static <T> T read(ServerRequest req, Class<T> type) {
        return read(req, JsonMapping.reader().forType(type));
    }

    /**
     * For generic targets such as {@code List<Item>}.
     *
     * @param req  request with a JSON body
     * @param type target type
     * @param <T>  target type
     * @return the value, never {@code null}
     * @throws ApiException 400 or 415, see class comment
     */
    public static <T> T read(ServerRequest req, TypeReference<T> type) {
        return read(req, JsonMapping.reader().forType(type));
    }

    /**
     * The raw body of a JSON request, for a caller that limits its size or keeps its bytes.
     *
     * @param req      request with a JSON body
     * @param maxBytes largest accepted body
     * @return the body, not blank
     * @throws ApiException 415 when the content type is not JSON, 413 {@code payload_too_large} when the body is
     *                      larger than {@code maxBytes}, 400 when it is empty
     */
    public static byte[] bytes(ServerRequest req, long maxBytes) {
        requireJsonContentType(req);
        byte[] body = req.content().hasEntity() ? req.content().as(byte[].class) : new byte[0];
        if (body.length > maxBytes) {
            throw new ApiException(413, ErrorCodes.PAYLOAD_TOO_LARGE,
                                   "The request body exceeds the limit of " + maxBytes + " bytes for this resource");
        }
        if (isBlank(body)) {
            throw ApiException.badRequest("Request body is empty; a JSON value is expected");
        }
        return body;
    }

    /**
     * Parse a body read by {@link #bytes} with the same rules as {@link #read(ServerRequest, Class)}.
     *
     * @throws ApiException 400 when the body is malformed or does not fit the type
     */
    public static <T> T parse(byte[] body, ObjectReader reader) {
        T value;
        try {
            value = reader.readValue(body);
        } catch (JsonProcessingException e) {
            if (!JsonProblems.isClientProblem(e)) {
                throw new IllegalStateException("Cannot read JSON into the requested type", e);
            }
            throw ApiException.badRequest(JsonProblems.describe(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (value == null) {
            throw ApiException.badRequest("Request body must not be null");
        }
        return value;
    }

    /** Like {@link #parse(byte[], ObjectReader)} with the {@link JsonMapping} reader for {@code type}. */
    public static <T> T parse(byte[] body, Class<T> type) {
        return parse(body, JsonMapping.reader().forType(type));
    }

    private static <T> T read(ServerRequest req, ObjectReader reader) {
        return parse(bytes(req, Long.MAX_VALUE), reader);
    }

    private static void requireJsonContentType(ServerRequest req) {
        boolean json = req.headers().contentType()
                .map(HttpMediaType::mediaType)
                .map(JsonBody::isJson)
                .orElse(false);
        if (!json) {
            throw ApiException.unsupportedMediaType("Content-Type must be application/json");
        }
    }

    private static boolean isJson(MediaType mediaType) {
        return mediaType.type().equalsIgnoreCase("application")
                && (mediaType.subtype().equalsIgnoreCase("json") || mediaType.subtype().toLowerCase(Locale.ROOT).endsWith("+json"));
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }
}
