package io.custodian.domain.tenant;

/** The Connect client key: the tenant's identity, stable for a site (a site import yields a new one). */
public record ClientKey(String value) {

    public static final int MAX_LENGTH = 255;

    public ClientKey {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("client key must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("client key longer than " + MAX_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
