package io.custodian.domain.access;

/** What a staff member does. Only a privacy officer approves deletions and manages staff accounts. */
public enum Role {
    SUPPORT_ENGINEER,
    DEVELOPER,
    PRIVACY_OFFICER
}
