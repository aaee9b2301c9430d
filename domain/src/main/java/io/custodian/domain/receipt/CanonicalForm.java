package io.custodian.domain.receipt;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Builder of an unambiguous, deterministic byte form of a record, for hashing (audit chain) and signing
 * (deletion receipts). The bytes are UTF-8 text:
 *
 * <pre>
 * format-id LF
 * name ":" byte-length ":" value LF     (a present field; byte-length is the decimal UTF-8 length of value)
 * name ":-" LF                         (an absent optional field)
 * </pre>
 *
 * Every value is length-prefixed, so no value can be confused with a separator, whatever characters it holds;
 * fields come in the fixed order the caller writes them, and the caller documents that order. Instants are
 * written in ISO-8601 UTC ({@link DateTimeFormatter#ISO_INSTANT}, e.g. {@code 2026-03-01T10:15:30.123456Z}) at
 * most at microsecond precision (see {@link #storedPrecision}). Values must be well-formed UTF-16 (no unpaired
 * surrogate): an unpaired surrogate has no UTF-8 form, and two different such values would encode alike.
 */
public final class CanonicalForm {

    private static final Pattern FORMAT_ID = Pattern.compile("[a-z][a-z0-9./-]*");
    private static final Pattern FIELD_NAME = Pattern.compile("[a-z][a-z0-9-]*");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(512);

    private CanonicalForm(String formatId) {
        if (formatId == null || !FORMAT_ID.matcher(formatId).matches()) {
            throw new IllegalArgumentException("invalid format id: " + formatId);
        }
        writeAscii(formatId);
        out.write('\n');
    }

    /** Starts a canonical form identified by {@code formatId}, e.g. {@code "custodian-audit-entry/v1"}. */
    public static CanonicalForm begin(String formatId) {
        return new CanonicalForm(formatId);
    }

    /**
     * The precision at which instants are kept and encoded: microseconds, the precision of a PostgreSQL
     * {@code timestamptz}, so that a value read back from the database encodes to the same bytes.
     */
    public static Instant storedPrecision(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Is {@code text} well-formed UTF-16, i.e. without unpaired surrogates, so that it has exactly one UTF-8 form?
     */
    public static boolean isWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** @throws IllegalArgumentException if {@code value} holds an unpaired surrogate */
    public CanonicalForm field(String name, String value) {
        Objects.requireNonNull(value, name);
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException(name + " holds an unpaired surrogate character");
        }
        writeName(name);
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        writeAscii(":" + bytes.length + ":");
        out.writeBytes(bytes);
        out.write('\n');
        return this;
    }

    public CanonicalForm field(String name, long value) {
        return field(name, Long.toString(value));
    }

    public CanonicalForm field(String name, Instant value) {
        Objects.requireNonNull(value, name);
        if (!value.equals(storedPrecision(value))) {
            throw new IllegalArgumentException(name + " has sub-microsecond precision: " + value);
        }
        return field(name, DateTimeFormatter.ISO_INSTANT.format(value));
    }

    public CanonicalForm optionalField(String name, Optional<String> value) {
        Objects.requireNonNull(value, name);
        if (value.isPresent()) {
            return field(name, value.get());
        }
        writeName(name);
        writeAscii(":-\n");
        return this;
    }

    public CanonicalForm optionalInstant(String name, Optional<Instant> value) {
        Objects.requireNonNull(value, name);
        if (value.isPresent()) {
            return field(name, value.get());
        }
        return optionalField(name, Optional.empty());
    }

    public byte[] toBytes() {
        return out.toByteArray();
    }

    private void writeName(String name) {
        if (name == null || !FIELD_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid field name: " + name);
        }
        writeAscii(name);
    }

    private void writeAscii(String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}
