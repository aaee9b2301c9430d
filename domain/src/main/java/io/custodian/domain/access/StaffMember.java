package io.custodian.domain.access;

import java.time.Instant;
import java.util.Objects;

/** A vendor staff account as the access policy sees it. */
public record StaffMember(
        StaffId id,
        String displayName,
        LoginName loginName,
        Affiliation affiliation,
        Team team,
        Role role,
        boolean active) {

    public static final int MAX_DISPLAY_NAME_LENGTH = 200;

    public StaffMember {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(loginName, "loginName");
        Objects.requireNonNull(affiliation, "affiliation");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(role, "role");
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("display name must not be blank");
        }
        displayName = displayName.strip();
        if (displayName.length() > MAX_DISPLAY_NAME_LENGTH) {
            throw new IllegalArgumentException(
                    "display name longer than " + MAX_DISPLAY_NAME_LENGTH + " characters");
        }
        if (displayName.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("display name must not contain control characters");
        }
    }

    /** Active, and (for a subcontractor) under a contract in force at {@code at}. */
    public boolean isInServiceAt(Instant at) {
        return active && affiliation.isValidAt(at);
    }

    public StaffMember disabled() {
        return new StaffMember(id, displayName, loginName, affiliation, team, role, false);
    }

    public StaffMember withAffiliation(Affiliation newAffiliation) {
        return new StaffMember(id, displayName, loginName, newAffiliation, team, role, active);
    }
}
