package io.custodian.persistence.access;

import io.custodian.domain.access.LoginName;
import io.custodian.domain.access.StaffDirectory;
import io.custodian.domain.access.StaffDirectoryContract;
import io.custodian.domain.access.StaffMember;
import io.custodian.persistence.JooqTransactions;
import io.custodian.persistence.testing.DatabaseTest;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.custodian.domain.access.StaffMemberBuilder.aDeveloper;
import static io.custodian.domain.access.StaffMemberBuilder.aSupportEngineer;
import static io.custodian.persistence.jooq.Tables.STAFF_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JooqStaffDirectoryTest extends DatabaseTest {

    @Nested
    class Contract extends StaffDirectoryContract {
        @Override
        protected StaffDirectory newDirectory() {
            emptyTables();
            return new JooqStaffDirectory(dsl());
        }
    }

    private JooqStaffDirectory directory;

    @BeforeEach
    void emptyDirectory() {
        emptyTables();
        directory = new JooqStaffDirectory(dsl());
    }

    @Test
    void a_refused_login_leaves_the_callers_transaction_usable() {
        directory.save(aSupportEngineer().login("carol").build());
        StaffMember dave = aSupportEngineer().login("dave").build();

        new JooqTransactions(dsl()).run(() -> {
            assertThatThrownBy(() -> directory.save(aDeveloper().login("carol").build()))
                    .isInstanceOf(IllegalArgumentException.class);
            directory.save(dave);
        });

        assertThat(directory.findByLogin(new LoginName("dave"))).contains(dave);
    }

    @Test
    void the_database_refuses_a_login_name_that_is_not_lower_case() {
        assertThatThrownBy(() -> dsl().insertInto(STAFF_MEMBER)
                .set(STAFF_MEMBER.STAFF_ID, UUID.randomUUID())
                .set(STAFF_MEMBER.DISPLAY_NAME, "Eve")
                .set(STAFF_MEMBER.LOGIN_NAME, "Eve")
                .set(STAFF_MEMBER.AFFILIATION, "EMPLOYEE")
                .set(STAFF_MEMBER.TEAM, "SUPPORT")
                .set(STAFF_MEMBER.ROLE, "SUPPORT_ENGINEER")
                .set(STAFF_MEMBER.ACTIVE, true)
                .execute())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("staff_member_login_lower_case_ck");
    }
}
