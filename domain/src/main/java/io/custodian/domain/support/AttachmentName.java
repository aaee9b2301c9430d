package io.custodian.domain.support;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The file name of an attachment inside a support bundle: a safe, portable name of letters, digits and
 * {@code . _ -}, starting with a letter or digit, at most {@value #MAX_LENGTH} characters. A name as the reporting app
 * sent it is made safe by {@link #sanitise}, never trusted: no directories, no dot-segments, nothing a file system or
 * a ZIP tool could read as a path.
 */
public record AttachmentName(String value) {

    public static final int MAX_LENGTH = 100;
    /** The name of an attachment whose name has nothing usable left after sanitising. */
    public static final String FALLBACK = "attachment";

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]+");
    private static final Pattern REPEATED_DOTS = Pattern.compile("\\.{2,}");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[._-]+");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final int MAX_EXTENSION = 10;

    public AttachmentName {
        if (value == null || value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches() || value.contains("..")) {
            throw new IllegalArgumentException("attachment name must be letters, digits and '.', '_', '-', starting"
                    + " with a letter or digit, without '..', at most " + MAX_LENGTH + " characters");
        }
    }

    /**
     * The safe name for {@code raw}: only its last path segment (after any {@code /} or {@code \}), accents removed,
     * every run of other characters replaced by {@code _}, repeated dots collapsed, leading punctuation dropped,
     * shortened to {@value #MAX_LENGTH} characters keeping a short extension; {@value #FALLBACK} when nothing is left.
     * Deterministic.
     */
    public static AttachmentName sanitise(String raw) {
        if (raw == null) {
            return new AttachmentName(FALLBACK);
        }
        String name = raw;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        name = COMBINING_MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        name = UNSAFE.matcher(name).replaceAll("_");
        name = REPEATED_DOTS.matcher(name).replaceAll(".");
        name = LEADING_PUNCTUATION.matcher(name).replaceAll("");
        name = shorten(name);
        return new AttachmentName(name.isEmpty() ? FALLBACK : name);
    }

    private static String shorten(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= MAX_EXTENSION + 1 ? name.substring(dot) : "";
        return name.substring(0, MAX_LENGTH - extension.length()) + extension;
    }

    @Override
    public String toString() {
        return value;
    }
}
