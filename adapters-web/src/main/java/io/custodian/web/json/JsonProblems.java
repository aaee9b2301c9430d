package io.custodian.web.json;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.Arrays;
import java.util.Collection;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns Jackson's read failures into short messages a client can act on. Messages name the JSON field
 * ({@code items[0].count}) and the expected JSON kind ("a number"), never a Java class, and never echo values.
 */
public final class JsonProblems {

    private static final int MAX_PATH_LENGTH = 120;
    private static final int MAX_REASON_LENGTH = 200;
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]{0,80}");

    private JsonProblems() {
    }

    /**
     * Whether the failure is the client's: malformed input or input that does not fit the target type. Failures
     * writing JSON, and {@link InvalidDefinitionException} (a type Jackson cannot handle at all), are server bugs.
     *
     * @param problem a Jackson failure
     * @return {@code true} when it came from parsing or binding request input
     */
    public static boolean isClientProblem(JsonProcessingException problem) {
        if (problem instanceof InvalidDefinitionException) {
            return false;
        }
        return problem instanceof StreamReadException
                || problem instanceof JsonMappingException mapping && mapping.getProcessor() instanceof JsonParser;
    }

    /**
     * Client-facing description of why a request body could not be read.
     *
     * @param problem the failure thrown by Jackson while reading
     * @return message without class names or stack traces
     */
    public static String describe(JsonProcessingException problem) {
        return switch (problem) {
            case UnrecognizedPropertyException e -> "Unknown field '" + path(e) + "'";
            case InvalidNullException e -> "Field '" + path(e) + "' must not be null";
            case InvalidFormatException e -> field(e) + " has an invalid value" + expected(e.getTargetType());
            case MismatchedInputException e -> mismatched(e);
            case ValueInstantiationException e -> invalidValue(e);
            case JsonMappingException e -> "Request body does not have the expected structure"
                    + (path(e).isEmpty() ? "" : " at '" + path(e) + "'");
            case StreamReadException e -> "Malformed JSON" + location(e.getLocation());
            default -> "Request body is not valid JSON";
        };
    }

    private static String mismatched(MismatchedInputException e) {
        String path = path(e);
        if (path.isEmpty()) {
            Class<?> target = e.getTargetType();
            if (target == null) {
                return "Request body is not valid JSON" + location(e.getLocation());
            }
            return "Request body has the wrong JSON type" + expected(target);
        }
        return "Field '" + path + "' has an invalid value" + expected(e.getTargetType());
    }

    private static String invalidValue(ValueInstantiationException e) {
        Throwable cause = e.getCause();
        String where = path(e).isEmpty() ? "Request body" : "Field '" + path(e) + "'";
        if (cause instanceof NullPointerException npe
                && npe.getMessage() != null
                && IDENTIFIER.matcher(npe.getMessage()).matches()) {
            // Objects.requireNonNull(value, "fieldName") in a record's compact constructor
            return where + " is missing required field '" + npe.getMessage() + "'";
        }
        if (cause instanceof IllegalArgumentException iae && iae.getMessage() != null && !iae.getMessage().isBlank()) {
            // validation message written for humans by a record's compact constructor
            return where + " is invalid: " + truncate(iae.getMessage(), MAX_REASON_LENGTH);
        }
        return where + " is missing required fields or has invalid values";
    }

    private static String field(JsonMappingException e) {
        String path = path(e);
        return path.isEmpty() ? "Request body" : "Field '" + path + "'";
    }

    /** JSON path of the failure, e.g. {@code tenant.items[2].name}; empty for the root. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return truncate(path.toString(), MAX_PATH_LENGTH);
    }

    private static String expected(Class<?> target) {
        if (target == null) {
            return "";
        }
        return "; expected " + kind(target);
    }

    private static String kind(Class<?> type) {
        if (type == String.class || CharSequence.class.isAssignableFrom(type) || type == char.class
                || type == Character.class) {
            return "a string";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == int.class || type == long.class || type == short.class || type == byte.class
                || type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
                || type == java.math.BigInteger.class) {
            return "an integer";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name())
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        if (type == UUID.class) {
            return "a UUID string";
        }
        if (type == LocalDate.class) {
            return "an ISO-8601 date string (2026-01-31)";
        }
        if (type == LocalTime.class) {
            return "an ISO-8601 time string (10:15:30)";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date-time string (2026-01-31T10:15:30Z)";
        }
        if (TemporalAmount.class.isAssignableFrom(type)) {
            return "an ISO-8601 duration string (PT15M)";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    private static String location(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "...";
    }
}
