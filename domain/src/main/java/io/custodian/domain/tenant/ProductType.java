package io.custodian.domain.tenant;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The Atlassian Cloud product the add-on is installed in (the Connect {@code productType}). */
public enum ProductType {
    JIRA("jira"),
    CONFLUENCE("confluence");

    private final String connectName;

    ProductType(String connectName) {
        this.connectName = connectName;
    }

    /** The value Connect sends, e.g. {@code "jira"}. */
    public String connectName() {
        return connectName;
    }

    /** Parses the Connect value; empty for a product this add-on does not support. */
    public static Optional<ProductType> fromConnect(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String normalised = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> type.connectName.equals(normalised)).findFirst();
    }
}
