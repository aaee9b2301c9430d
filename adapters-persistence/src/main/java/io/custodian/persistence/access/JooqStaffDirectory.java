package io.custodian.persistence.access;

import io.custodian.domain.access.Affiliation;
import io.custodian.domain.access.LoginName;
import io.custodian.domain.access.Role;
import io.custodian.domain.access.StaffDirectory;
import io.custodian.domain.access.StaffId;
import io.custodian.domain.access.StaffMember;
import io.custodian.domain.access.Team;
import io.custodian.persistence.jooq.Keys;
import io.custodian.persistence.jooq.tables.records.StaffMemberRecord;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static io.custodian.persistence.jooq.Tables.STAFF_MEMBER;

/**
 * {@link StaffDirectory} on the {@code staff_member} table. Login names are stored in lower case (as
 * {@link LoginName} keeps them), so the unique constraint on them is case-insensitive; it decides between two
 * processes saving the same login at once. Staff accounts are disabled, never deleted.
 */
public final class JooqStaffDirectory implements StaffDirectory {

    private static final String EMPLOYEE = "EMPLOYEE";
    private static final String SUBCONTRACTOR = "SUBCONTRACTOR";

    private final DSLContext dsl;

    public JooqStaffDirectory(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public Optional<StaffMember> findById(StaffId id) {
        Objects.requireNonNull(id, "id");
        return dsl.selectFrom(STAFF_MEMBER)
                .where(STAFF_MEMBER.STAFF_ID.eq(id.value()))
                .fetchOptional()
                .map(JooqStaffDirectory::toDomain);
    }

    @Override
    public Optional<StaffMember> findByLogin(LoginName login) {
        Objects.requireNonNull(login, "login");
        return dsl.selectFrom(STAFF_MEMBER)
                .where(STAFF_MEMBER.LOGIN_NAME.eq(login.value()))
                .fetchOptional()
                .map(JooqStaffDirectory::toDomain);
    }

    /**
     * Inserts or replaces the member. Runs as a nested transaction (a savepoint inside the caller's), so a refused
     * login leaves the caller's transaction usable.
     *
     * @throws IllegalArgumentException if another member already uses the login name
     */
    @Override
    public void save(StaffMember member) {
        Objects.requireNonNull(member, "member");
        try {
            dsl.transaction(() -> { // no-arg lambda: a savepoint inside the thread's transaction
                StaffMemberRecord row = toRow(dsl, member);
                dsl.insertInto(STAFF_MEMBER).set(row)
                        .onConflict(STAFF_MEMBER.STAFF_ID).doUpdate().set(row)
                        .execute();
            });
        } catch (IntegrityConstraintViolationException e) {
            if (isLoginConflict(e)) {
                throw new IllegalArgumentException("login name " + member.loginName() + " is already in use", e);
            }
            throw e;
        }
    }

    @Override
    public List<StaffMember> list() {
        return dsl.selectFrom(STAFF_MEMBER)
                .orderBy(STAFF_MEMBER.LOGIN_NAME)
                .fetch(JooqStaffDirectory::toDomain);
    }

    private static boolean isLoginConflict(IntegrityConstraintViolationException e) {
        String constraint = Keys.STAFF_MEMBER_LOGIN_UQ.getName();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.postgresql.util.PSQLException psql && psql.getServerErrorMessage() != null
                    && constraint.equals(psql.getServerErrorMessage().getConstraint())) {
                return true;
            }
        }
        return false;
    }

    private static StaffMemberRecord toRow(DSLContext dsl, StaffMember member) {
        StaffMemberRecord row = dsl.newRecord(STAFF_MEMBER)
                .setStaffId(member.id().value())
                .setDisplayName(member.displayName())
                .setLoginName(member.loginName().value())
                .setTeam(member.team().name())
                .setRole(member.role().name())
                .setActive(member.active());
        switch (member.affiliation()) {
            case Affiliation.Employee employee -> row.setAffiliation(EMPLOYEE).setContractValidUntil(null);
            case Affiliation.Subcontractor(var until) -> row.setAffiliation(SUBCONTRACTOR).setContractValidUntil(until);
        }
        row.changed(true);
        return row;
    }

    private static StaffMember toDomain(StaffMemberRecord row) {
        Affiliation affiliation = switch (row.getAffiliation()) {
            case EMPLOYEE -> Affiliation.EMPLOYEE;
            case SUBCONTRACTOR -> new Affiliation.Subcontractor(row.getContractValidUntil());
            default -> throw new IllegalStateException("staff member " + row.getStaffId() + " has an unknown affiliation");
        };
        return new StaffMember(new StaffId(row.getStaffId()), row.getDisplayName(), new LoginName(row.getLoginName()),
                affiliation, Team.valueOf(row.getTeam()), Role.valueOf(row.getRole()), row.getActive());
    }
}
