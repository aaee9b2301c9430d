package io.custodian.domain.deletion;

/**
 * How the customer asked for the early deletion: the support-ticket number or message reference that proves the
 * request came from the customer. Required; no personal data should be put here beyond a reference.
 */
public record CustomerReference(String value) {

    public static final int MAX_LENGTH = 200;

    public CustomerReference {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an early deletion needs the customer's reference (ticket or message)");
        }
        value = value.strip();
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("customer reference longer than " + MAX_LENGTH + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("customer reference must not contain control characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
