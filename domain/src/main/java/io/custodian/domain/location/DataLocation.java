package io.custodian.domain.location;

/**
 * Where data is stored, as the privacy statement names it (e.g. {@code "Roubaix, France"}).
 * The deployment declares its location; every tenant is pinned to the location it was installed in;
 * every support bundle and deletion receipt names it.
 */
public record DataLocation(String name) {

    public static final int MAX_LENGTH = 100;

    public DataLocation {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("data location must not be blank");
        }
        name = name.strip();
        if (name.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("data location longer than " + MAX_LENGTH + " characters");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("data location must not contain control characters");
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
