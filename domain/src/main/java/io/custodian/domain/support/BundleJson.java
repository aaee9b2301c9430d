package io.custodian.domain.support;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON of support bundle files, written without a library (the domain has none): a value is a {@link Map} with
 * string keys (written in its iteration order, so pass a {@code LinkedHashMap}), a {@link List}, a {@link String},
 * an {@link Instant} (ISO-8601 string), a {@link Long} or {@link Integer}, a {@link Boolean}, an {@link Optional}
 * (its value, or {@code null}) or {@code null}. Two-space indentation, one line per value, {@code \n} line ends, UTF-8:
 * the same value always gives the same bytes.
 */
final class BundleJson {

    private BundleJson() {
    }

    static byte[] bytes(Object value) {
        StringBuilder out = new StringBuilder(1024);
        write(out, value, 0);
        out.append('\n');
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(StringBuilder out, Object value, int depth) {
        switch (value) {
            case null -> out.append("null");
            case Optional<?> optional -> write(out, optional.orElse(null), depth);
            case String text -> string(out, text);
            case Instant instant -> string(out, DateTimeFormatter.ISO_INSTANT.format(instant));
            case Long number -> out.append(number);
            case Integer number -> out.append(number);
            case Boolean flag -> out.append(flag);
            case Map<?, ?> map -> object(out, map, depth);
            case List<?> list -> array(out, list, depth);
            default -> throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
        }
    }

    private static void object(StringBuilder out, Map<?, ?> map, int depth) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String key)) {
                throw new IllegalArgumentException("JSON object keys are strings");
            }
            out.append(first ? "\n" : ",\n");
            first = false;
            indent(out, depth + 1);
            string(out, key);
            out.append(": ");
            write(out, entry.getValue(), depth + 1);
        }
        out.append('\n');
        indent(out, depth);
        out.append('}');
    }

    private static void array(StringBuilder out, List<?> list, int depth) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n");
            indent(out, depth + 1);
            write(out, list.get(i), depth + 1);
        }
        out.append('\n');
        indent(out, depth);
        out.append(']');
    }

    private static void indent(StringBuilder out, int depth) {
        out.append("  ".repeat(depth));
    }

    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029'
                            || Character.isSurrogate(c) && !pairedAt(text, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Is the surrogate at {@code i} half of a well-formed pair? (A lone one is escaped, so it survives UTF-8.) */
    private static boolean pairedAt(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
