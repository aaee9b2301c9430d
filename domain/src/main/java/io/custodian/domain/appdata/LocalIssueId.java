package io.custodian.domain.appdata;

/** The id of an issue on this tenant's side of a relation, e.g. Jira's {@code 10042}. */
public record LocalIssueId(String value) {

    public static final int MAX_LENGTH = 64;

    public LocalIssueId {
        SafeIds.require("local issue id", value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
