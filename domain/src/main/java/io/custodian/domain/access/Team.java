package io.custodian.domain.access;

/**
 * The team a staff member belongs to. The privacy statement grants access to Customer Data only to the
 * support and development teams; {@link #OTHER} models accounts outside them (e.g. a privacy officer in the
 * legal department), who manage staff and approve deletions but read no tenant data.
 */
public enum Team {
    SUPPORT,
    DEVELOPMENT,
    OTHER;

    /** Does the privacy statement let members of this team access Customer Data? */
    public boolean mayAccessCustomerData() {
        return switch (this) {
            case SUPPORT, DEVELOPMENT -> true;
            case OTHER -> false;
        };
    }
}
