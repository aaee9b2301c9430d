package io.custodian.domain.datamap;

import java.util.regex.Pattern;

/** The name under which an adapter stores items of one kind (a table name for the persistence adapter). */
public record StorageName(String value) {

    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    public StorageName {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "storage name must be a lower-case identifier of at most 63 characters, was " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
