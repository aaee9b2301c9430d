package io.custodian.domain.access;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Why a staff member reads tenant data. Every read states one: a support-ticket reference, or a free-text
 * reason. During the deletion grace window only a support-ticket reference is accepted.
 */
public sealed interface Purpose {

    /** The purpose as one line of text, e.g. {@code "ticket SUP-1042"} or {@code "reason: ..."}. */
    String describe();

    /** The kind, as stored, chained and shown: {@code "ticket"} or {@code "reason"}. */
    String kind();

    /** The ticket reference or the reason. */
    String text();

    /**
     * The purpose of {@code kind} ({@link #kind()}) with {@code text}; empty for an unknown kind.
     *
     * @throws IllegalArgumentException if {@code text} is not valid for the kind
     */
    static Optional<Purpose> of(String kind, String text) {
        return switch (kind) {
            case "ticket" -> Optional.of(new SupportTicket(text));
            case "reason" -> Optional.of(new FreeText(text));
            default -> Optional.empty();
        };
    }

    /** A reference to the support ticket the read serves, e.g. {@code "SUP-1042"} or a ticket UUID. */
    record SupportTicket(String reference) implements Purpose {

        public static final int MAX_LENGTH = 64;
        private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/#-]*");

        public SupportTicket {
            if (reference == null || reference.isBlank()) {
                throw new IllegalArgumentException("support-ticket reference must not be blank");
            }
            reference = reference.strip();
            if (reference.length() > MAX_LENGTH) {
                throw new IllegalArgumentException(
                        "support-ticket reference longer than " + MAX_LENGTH + " characters");
            }
            if (!ALLOWED.matcher(reference).matches()) {
                throw new IllegalArgumentException(
                        "support-ticket reference may hold only letters, digits and . _ : / # -");
            }
        }

        @Override
        public String describe() {
            return "ticket " + reference;
        }

        @Override
        public String kind() {
            return "ticket";
        }

        @Override
        public String text() {
            return reference;
        }
    }

    /** A reason in the staff member's own words. */
    record FreeText(String reason) implements Purpose {

        public static final int MAX_LENGTH = 500;

        public FreeText {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("purpose must not be blank");
            }
            reason = reason.strip();
            if (reason.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("purpose longer than " + MAX_LENGTH + " characters");
            }
            if (!wellFormedWithoutControls(reason)) {
                throw new IllegalArgumentException(
                        "purpose must not contain control characters or unpaired surrogates");
            }
        }

        @Override
        public String describe() {
            return "reason: " + reason;
        }

        @Override
        public String kind() {
            return "reason";
        }

        @Override
        public String text() {
            return reason;
        }

        /** No control characters (the reason is one line in logs and views) and no unpaired surrogates. */
        private static boolean wellFormedWithoutControls(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isISOControl(c) || Character.isLowSurrogate(c)) {
                    return false;
                }
                if (Character.isHighSurrogate(c)) {
                    if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                        return false;
                    }
                    i++;
                }
            }
            return true;
        }
    }
}
