package io.custodian.domain.custody;

import io.custodian.domain.location.DataLocation;
import io.custodian.domain.tenant.TenantState;

import java.util.Objects;
import java.util.Optional;

/**
 * Which tenants to list: those pinned to {@code location}, optionally only in {@code state}, optionally only those
 * whose client key or base URL contains {@code text} (ignoring case; {@code %} and {@code _} are plain characters).
 */
public record TenantFilter(DataLocation location, Optional<TenantState> state, Optional<String> text) {

    public static final int MAX_TEXT_LENGTH = 200;

    public TenantFilter {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(state, "state");
        text = searchText(text);
    }

    /**
     * The search text stripped, empty when blank.
     *
     * @throws IllegalArgumentException if longer than {@value #MAX_TEXT_LENGTH} characters or holding control characters
     */
    public static Optional<String> searchText(Optional<String> text) {
        Objects.requireNonNull(text, "text");
        Optional<String> stripped = text.map(String::strip).filter(value -> !value.isEmpty());
        stripped.ifPresent(value -> {
            if (value.length() > MAX_TEXT_LENGTH) {
                throw new IllegalArgumentException("search text longer than " + MAX_TEXT_LENGTH + " characters");
            }
            if (value.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("search text must not contain control characters");
            }
        });
        return stripped;
    }
}
