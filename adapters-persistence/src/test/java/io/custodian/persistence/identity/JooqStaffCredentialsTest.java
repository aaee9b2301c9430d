package io.custodian.persistence.identity;

import io.custodian.domain.access.StaffMember;
import io.custodian.domain.identity.PasswordHash;
import io.custodian.domain.identity.StaffCredential;
import io.custodian.domain.identity.StaffCredentials;
import io.custodian.domain.identity.StaffCredentialsContract;
import io.custodian.persistence.access.JooqStaffDirectory;
import io.custodian.persistence.testing.DatabaseTest;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.custodian.domain.access.StaffMemberBuilder.aSupportEngineer;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JooqStaffCredentialsTest extends DatabaseTest {

    @Nested
    class Contract extends StaffCredentialsContract {
        @Override
        protected StaffCredentials newCredentials() {
            emptyTables();
            return new JooqStaffCredentials(dsl());
        }

        @Override
        protected void staffExists(StaffMember member) {
            new JooqStaffDirectory(dsl()).save(member);
        }
    }

    @Test
    void a_credential_belongs_to_an_existing_staff_account() {
        emptyTables();
        StaffMember stranger = aSupportEngineer().build();

        assertThatThrownBy(() -> new JooqStaffCredentials(dsl()).save(
                new StaffCredential(stranger.id(), new PasswordHash("hash"), Instant.parse("2026-03-01T09:00:00Z"))))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("staff_credential_staff_fk");
    }
}
