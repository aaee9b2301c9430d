package io.custodian.persistence.identity;

import io.custodian.domain.access.StaffMember;
import io.custodian.domain.identity.SessionToken;
import io.custodian.domain.identity.StaffSession;
import io.custodian.domain.identity.StaffSessions;
import io.custodian.domain.identity.StaffSessionsContract;
import io.custodian.persistence.JooqTransactions;
import io.custodian.persistence.access.JooqStaffDirectory;
import io.custodian.persistence.testing.DatabaseTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.custodian.domain.access.StaffMemberBuilder.aSupportEngineer;
import static io.custodian.persistence.jooq.Tables.STAFF_SESSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JooqStaffSessionsTest extends DatabaseTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    @Nested
    class Contract extends StaffSessionsContract {
        @Override
        protected StaffSessions newSessions() {
            emptyTables();
            return new JooqStaffSessions(dsl());
        }

        @Override
        protected void staffExists(StaffMember member) {
            new JooqStaffDirectory(dsl()).save(member);
        }
    }

    private StaffMember alice() {
        emptyTables();
        StaffMember alice = aSupportEngineer().login("alice").build();
        new JooqStaffDirectory(dsl()).save(alice);
        return alice;
    }

    @Test
    void no_column_holds_the_token_only_its_sha_256() {
        StaffMember alice = alice();
        SessionToken token = SessionToken.of(new byte[]{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
                19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});

        new JooqStaffSessions(dsl()).open(StaffSession.open(token.hash(), alice.id(), T0, T0.plus(Duration.ofHours(8))));

        List<String> everyValue = dsl().selectFrom(STAFF_SESSION).fetch().stream()
                .flatMap(row -> java.util.Arrays.stream(row.intoArray()))
                .map(String::valueOf)
                .toList();
        assertThat(everyValue).contains(token.hash().hex());
        assertThat(everyValue).noneMatch(value -> value.contains(token.value()));
    }

    @Test
    void a_refused_duplicate_leaves_the_callers_transaction_usable() {
        StaffMember alice = alice();
        var sessions = new JooqStaffSessions(dsl());
        SessionToken token = SessionToken.of(new byte[32]);
        StaffSession session = StaffSession.open(token.hash(), alice.id(), T0, T0.plusSeconds(60));
        sessions.open(session);

        new JooqTransactions(dsl()).run(() -> {
            assertThatThrownBy(() -> sessions.open(session)).isInstanceOf(IllegalArgumentException.class);
            sessions.revoke(token.hash(), T0.plusSeconds(1));
        });

        assertThat(sessions.find(token.hash()).orElseThrow().revokedAt()).contains(T0.plusSeconds(1));
    }

    @Test
    void a_session_belongs_to_an_existing_staff_account() {
        alice();
        StaffSession orphan = StaffSession.open(SessionToken.of(new byte[32]).hash(), aSupportEngineer().build().id(),
                T0, T0.plusSeconds(60));

        assertThatThrownBy(() -> new JooqStaffSessions(dsl()).open(orphan))
                .isInstanceOf(org.jooq.exception.DataAccessException.class)
                .isNotInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("staff_session_staff_fk");
    }
}
