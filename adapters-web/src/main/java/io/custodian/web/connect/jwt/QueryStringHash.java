package io.custodian.web.connect.jwt;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The Atlassian Connect query string hash ({@code qsh} claim), exactly as connect.md §4.3 describes it:
 * <pre>
 * qsh = lowercase_hex(SHA-256(UTF-8(METHOD + "&amp;" + canonical_uri + "&amp;" + canonical_query)))
 * </pre>
 * <ul>
 *     <li>method upper-cased;</li>
 *     <li>canonical URI: the path <b>as received</b> (never decoded, never re-encoded), relative to the base path;
 *     {@code /} when empty; one trailing {@code /} dropped unless the path is {@code /}; every {@code &} replaced by
 *     {@code %26}; a leading {@code /} added if missing;</li>
 *     <li>canonical query: names and values decoded ({@code +} and {@code %XX}, UTF-8), the {@code jwt} parameter
 *     removed, a parameter without {@code =} has the value {@code ""}, repeated parameters grouped with their values
 *     sorted by their decoded form, each value percent-encoded (RFC 3986: everything but {@code A-Z a-z 0-9 - . _ ~}
 *     as {@code %XX} with upper-case hex) and joined by {@code ,}; parameters sorted by their encoded name (as
 *     Atlassian's Java reference does) and joined by {@code &}.</li>
 * </ul>
 * Feed it the raw request path and the raw query string as they came over the wire: a decoded path ({@code %2F}
 * turned into {@code /}) or a re-encoded query changes the hash.
 */
public final class QueryStringHash {

    /** The literal {@code qsh} of a context JWT ({@code AP.context.getToken()}); compared as is, never hashed. */
    public static final String CONTEXT_QSH = "context-qsh";

    /** The query parameter that carries the JWT itself; never part of the hash. */
    public static final String JWT_PARAMETER = "jwt";

    private static final HexFormat HEX = HexFormat.of();
    private static final char[] UPPER_HEX = "0123456789ABCDEF".toCharArray();

    private QueryStringHash() {
    }

    /**
     * The hash of a request received at the root of the app (base path {@code /}).
     *
     * @param method   HTTP method, any case
     * @param rawPath  the path as received, without the query, e.g. {@code /connect/v1/tenant}
     * @param rawQuery the query as received, without the {@code ?}; empty or {@code null} when there is none
     * @return lower-case hex SHA-256
     * @throws IllegalArgumentException when the query is not valid percent-encoded UTF-8
     */
    public static String of(String method, String rawPath, String rawQuery) {
        return hash(canonicalRequest(method, rawPath, rawQuery, ""));
    }

    /**
     * The canonical request string whose SHA-256 is the qsh.
     *
     * @param method   HTTP method, any case
     * @param rawPath  the path as received, without the query
     * @param rawQuery the query as received, without the {@code ?}; empty or {@code null} when there is none
     * @param basePath path of the receiving side's base URL (e.g. {@code /wiki}), stripped from the front of the path
     *                 when present; empty or {@code /} for none
     * @return e.g. {@code GET&/test&a=x&b=y}
     * @throws IllegalArgumentException when the query is not valid percent-encoded UTF-8
     */
    public static String canonicalRequest(String method, String rawPath, String rawQuery, String basePath) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(rawPath, "rawPath");
        return method.toUpperCase(Locale.ROOT) + '&' + canonicalUri(rawPath, basePath) + '&' + canonicalQuery(rawQuery);
    }

    /**
     * The decoded values of one query parameter, in order of appearance.
     *
     * @param rawQuery the query as received; empty or {@code null} when there is none
     * @param name     decoded parameter name
     * @return values, {@code ""} for a parameter without {@code =}; empty when absent
     * @throws IllegalArgumentException when the query is not valid percent-encoded UTF-8
     */
    public static List<String> parameterValues(String rawQuery, String name) {
        Objects.requireNonNull(name, "name");
        List<String> values = new ArrayList<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return values;
        }
        for (String pair : rawQuery.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (decode(equals < 0 ? pair : pair.substring(0, equals)).equals(name)) {
                values.add(equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
        return values;
    }

    /** Lower-case hex SHA-256 of the UTF-8 bytes of a canonical request. */
    public static String hash(String canonicalRequest) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HEX.formatHex(sha256.digest(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    static String canonicalUri(String rawPath, String basePath) {
        String path = rawPath;
        String base = basePath == null ? "" : stripTrailingSlash(basePath);
        if (!base.isEmpty() && (path.equals(base) || path.startsWith(base + "/"))) {
            path = path.substring(base.length());
        }
        if (path.isEmpty()) {
            path = "/";
        }
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        path = path.replace("&", "%26");
        return path.startsWith("/") ? path : "/" + path;
    }

    static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        Map<String, List<String>> byDecodedName = new TreeMap<>();
        for (String pair : rawQuery.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (!name.equals(JWT_PARAMETER)) {
                byDecodedName.computeIfAbsent(name, ignored -> new ArrayList<>()).add(value);
            }
        }
        Map<String, String> byEncodedName = new TreeMap<>();
        byDecodedName.forEach((name, values) -> {
            List<String> sorted = new ArrayList<>(values);
            sorted.sort(null);
            StringJoiner joined = new StringJoiner(",");
            for (String value : sorted) {
                joined.add(percentEncode(value));
            }
            byEncodedName.put(percentEncode(name), joined.toString());
        });
        StringJoiner query = new StringJoiner("&");
        byEncodedName.forEach((name, values) -> query.add(name + '=' + values));
        return query.toString();
    }

    /** RFC 3986 percent-encoding of the UTF-8 bytes: only {@code A-Z a-z 0-9 - . _ ~} stay as they are. */
    static String percentEncode(String value) {
        StringBuilder encoded = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(UPPER_HEX[c >> 4]).append(UPPER_HEX[c & 0x0F]);
            }
        }
        return encoded.toString();
    }

    /** {@code application/x-www-form-urlencoded} decoding, strict: a broken escape or invalid UTF-8 is refused. */
    static String decode(String raw) {
        if (raw.indexOf('%') < 0 && raw.indexOf('+') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                if (i + 2 >= raw.length()) {
                    throw new IllegalArgumentException("incomplete percent-escape in the query string");
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw new IllegalArgumentException("invalid percent-escape in the query string");
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isSurrogate(c)) {
                    // a surrogate pair: encode both halves together
                    if (Character.isHighSurrogate(c) && i + 1 < raw.length()) {
                        utf8 = raw.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                        i++;
                    }
                }
                bytes.writeBytes(utf8);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the query string is not valid UTF-8 once decoded");
        }
    }

    private static String stripTrailingSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
