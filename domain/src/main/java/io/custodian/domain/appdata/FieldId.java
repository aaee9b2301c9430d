package io.custodian.domain.appdata;

/** The id of a field of a twinned issue, e.g. {@code summary} or {@code customfield_10042}. */
public record FieldId(String value) {

    public static final int MAX_LENGTH = 64;

    public FieldId {
        SafeIds.require("field id", value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
