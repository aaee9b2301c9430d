package io.custodian.domain.access;

/** The actions the access package decides on and records, with their audit action codes. */
public enum AccessAction {
    READ_TENANT_DATA("tenant-data.read"),
    ADD_STAFF("staff.add"),
    DISABLE_STAFF("staff.disable"),
    SET_CONTRACT("staff.set-contract");

    private final String code;

    AccessAction(String code) {
        this.code = code;
    }

    /** The action code recorded in the audit log. */
    public String code() {
        return code;
    }
}
