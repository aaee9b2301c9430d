package io.custodian.domain.support;

import io.custodian.domain.receipt.CanonicalForm;

import java.util.Objects;

/**
 * What the reporting user told: their e-mail, a one-line summary and a free description. Kept with the ticket
 * (Support Data) and sent to an external help desk when one is configured.
 *
 * @param summary     1 to {@value #MAX_SUMMARY_LENGTH} characters, one line (no control characters), not blank;
 *                    stripped of surrounding white space
 * @param description 0 to {@value #MAX_DESCRIPTION_LENGTH} characters; line breaks and tabs allowed, no other
 *                    control characters
 */
public record ProblemReport(ReporterEmail reporter, String summary, String description) {

    public static final int MAX_SUMMARY_LENGTH = 255;
    public static final int MAX_DESCRIPTION_LENGTH = 30_000;

    public ProblemReport {
        Objects.requireNonNull(reporter, "reporter");
        if (summary == null || summary.isBlank()) {
            throw new IllegalArgumentException("summary must not be blank");
        }
        summary = summary.strip();
        if (summary.length() > MAX_SUMMARY_LENGTH) {
            throw new IllegalArgumentException("summary longer than " + MAX_SUMMARY_LENGTH + " characters");
        }
        if (!text(summary, false)) {
            throw new IllegalArgumentException("summary must be one line without control characters");
        }
        Objects.requireNonNull(description, "description");
        if (description.length() > MAX_DESCRIPTION_LENGTH) {
            throw new IllegalArgumentException("description longer than " + MAX_DESCRIPTION_LENGTH + " characters");
        }
        if (!text(description, true)) {
            throw new IllegalArgumentException(
                    "description must not contain control characters other than line breaks and tabs");
        }
    }

    /** Well-formed UTF-16 without control characters (but line breaks and tabs where {@code multiLine}). */
    private static boolean text(String value, boolean multiLine) {
        if (!CanonicalForm.isWellFormed(value)) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean lineBreakOrTab = c == '\n' || c == '\r' || c == '\t';
            if (Character.isISOControl(c) && !(multiLine && lineBreakOrTab)) {
                return false;
            }
        }
        return true;
    }
}
