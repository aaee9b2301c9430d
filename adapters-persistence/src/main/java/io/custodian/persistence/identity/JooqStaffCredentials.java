package io.custodian.persistence.identity;

import io.custodian.domain.access.StaffId;
import io.custodian.domain.identity.PasswordHash;
import io.custodian.domain.identity.StaffCredential;
import io.custodian.domain.identity.StaffCredentials;
import io.custodian.persistence.DatabaseTime;
import io.custodian.persistence.jooq.tables.records.StaffCredentialRecord;
import org.jooq.DSLContext;

import java.util.Objects;
import java.util.Optional;

import static io.custodian.persistence.jooq.Tables.STAFF_CREDENTIAL;

/** {@link StaffCredentials} on the {@code staff_credential} table: one password hash per staff account. */
public final class JooqStaffCredentials implements StaffCredentials {

    private final DSLContext dsl;

    public JooqStaffCredentials(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public Optional<StaffCredential> find(StaffId staff) {
        Objects.requireNonNull(staff, "staff");
        return dsl.selectFrom(STAFF_CREDENTIAL)
                .where(STAFF_CREDENTIAL.STAFF_ID.eq(staff.value()))
                .fetchOptional()
                .map(JooqStaffCredentials::toDomain);
    }

    @Override
    public void save(StaffCredential credential) {
        Objects.requireNonNull(credential, "credential");
        dsl.insertInto(STAFF_CREDENTIAL)
                .set(STAFF_CREDENTIAL.STAFF_ID, credential.staff().value())
                .set(STAFF_CREDENTIAL.PASSWORD_HASH, credential.hash().encoded())
                .set(STAFF_CREDENTIAL.SET_AT, DatabaseTime.utc(credential.setAt()))
                .onConflict(STAFF_CREDENTIAL.STAFF_ID).doUpdate()
                .set(STAFF_CREDENTIAL.PASSWORD_HASH, credential.hash().encoded())
                .set(STAFF_CREDENTIAL.SET_AT, DatabaseTime.utc(credential.setAt()))
                .execute();
    }

    private static StaffCredential toDomain(StaffCredentialRecord row) {
        return new StaffCredential(new StaffId(row.getStaffId()), new PasswordHash(row.getPasswordHash()),
                row.getSetAt().toInstant());
    }
}
