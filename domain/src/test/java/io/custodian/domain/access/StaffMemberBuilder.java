package io.custodian.domain.access;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Test data: staff members, valid by default, with one property changed per test. */
public final class StaffMemberBuilder {

    private static final AtomicLong NEXT = new AtomicLong(1);

    private StaffId id;
    private String displayName;
    private LoginName loginName;
    private Affiliation affiliation = Affiliation.EMPLOYEE;
    private Team team = Team.SUPPORT;
    private Role role = Role.SUPPORT_ENGINEER;
    private boolean active = true;

    private StaffMemberBuilder() {
        long n = NEXT.getAndIncrement();
        id = new StaffId(new UUID(0x5747AFFL, n));
        displayName = "Staff Member " + n;
        loginName = new LoginName("staff" + n);
    }

    public static StaffMemberBuilder aSupportEngineer() {
        return new StaffMemberBuilder();
    }

    public static StaffMemberBuilder aDeveloper() {
        return new StaffMemberBuilder().team(Team.DEVELOPMENT).role(Role.DEVELOPER);
    }

    /** A privacy officer in the legal department (team OTHER): manages staff, approves deletions. */
    public static StaffMemberBuilder aPrivacyOfficer() {
        return new StaffMemberBuilder().team(Team.OTHER).role(Role.PRIVACY_OFFICER);
    }

    public StaffMemberBuilder id(StaffId value) {
        this.id = value;
        return this;
    }

    public StaffMemberBuilder displayName(String value) {
        this.displayName = value;
        return this;
    }

    public StaffMemberBuilder login(String value) {
        this.loginName = new LoginName(value);
        return this;
    }

    public StaffMemberBuilder employee() {
        this.affiliation = Affiliation.EMPLOYEE;
        return this;
    }

    public StaffMemberBuilder subcontractorUntil(LocalDate contractValidUntil) {
        this.affiliation = new Affiliation.Subcontractor(contractValidUntil);
        return this;
    }

    public StaffMemberBuilder team(Team value) {
        this.team = value;
        return this;
    }

    public StaffMemberBuilder role(Role value) {
        this.role = value;
        return this;
    }

    public StaffMemberBuilder inactive() {
        this.active = false;
        return this;
    }

    public StaffMember build() {
        return new StaffMember(id, displayName, loginName, affiliation, team, role, active);
    }
}
