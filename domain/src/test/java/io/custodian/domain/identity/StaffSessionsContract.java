package io.custodian.domain.identity;

import io.custodian.domain.access.StaffMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static io.custodian.domain.access.StaffMemberBuilder.aDeveloper;
import static io.custodian.domain.access.StaffMemberBuilder.aSupportEngineer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The behaviour every {@link StaffSessions} must have. Extend it, return an empty store from {@link #newSessions()}
 * and, where sessions need their account to exist, create it in {@link #staffExists}.
 */
public abstract class StaffSessionsContract {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00.000001Z");
    private static final Duration LIFETIME = Duration.ofHours(8);

    protected abstract StaffSessions newSessions();

    /** Makes {@code member} exist where the store keeps sessions (e.g. the staff table); nothing by default. */
    protected void staffExists(StaffMember member) {
    }

    private StaffSessions sessions;
    private StaffMember alice;
    private StaffMember bob;
    private final SequentialTokens tokens = new SequentialTokens();

    @BeforeEach
    public void createStore() {
        sessions = newSessions();
        alice = aSupportEngineer().login("alice").build();
        bob = aDeveloper().login("bob").build();
        staffExists(alice);
        staffExists(bob);
    }

    private StaffSession openFor(StaffMember member, Instant at) {
        StaffSession session = StaffSession.open(tokens.get().hash(), member.id(), at, at.plus(LIFETIME));
        sessions.open(session);
        return session;
    }

    @Test
    public void an_opened_session_is_found_by_its_token_hash_intact() {
        StaffSession session = openFor(alice, T0);

        assertThat(sessions.find(session.tokenHash())).contains(session);
    }

    @Test
    public void an_unknown_token_hash_finds_nothing() {
        openFor(alice, T0);

        assertThat(sessions.find(tokens.get().hash())).isEmpty();
    }

    @Test
    public void a_second_session_with_the_same_token_hash_is_refused() {
        StaffSession first = openFor(alice, T0);
        StaffSession clash = StaffSession.open(first.tokenHash(), bob.id(), T0.plusSeconds(1), T0.plus(LIFETIME));

        assertThatThrownBy(() -> sessions.open(clash)).isInstanceOf(IllegalArgumentException.class);
        assertThat(sessions.find(first.tokenHash())).contains(first);
    }

    @Test
    public void revoking_marks_the_session_once() {
        StaffSession session = openFor(alice, T0);
        Instant at = T0.plusSeconds(600);

        Optional<StaffSession> revoked = sessions.revoke(session.tokenHash(), at);

        assertThat(revoked).contains(session.revoked(at));
        assertThat(sessions.find(session.tokenHash())).contains(session.revoked(at));
        assertThat(sessions.revoke(session.tokenHash(), at.plusSeconds(1))).isEmpty();
        assertThat(sessions.find(session.tokenHash()).orElseThrow().revokedAt()).contains(at);
    }

    @Test
    public void revoking_an_unknown_session_changes_nothing() {
        StaffSession session = openFor(alice, T0);

        assertThat(sessions.revoke(tokens.get().hash(), T0)).isEmpty();
        assertThat(sessions.find(session.tokenHash())).contains(session);
    }

    @Test
    public void an_expired_session_can_still_be_revoked() {
        StaffSession session = openFor(alice, T0);
        Instant afterExpiry = T0.plus(LIFETIME).plusSeconds(1);

        assertThat(sessions.revoke(session.tokenHash(), afterExpiry)).contains(session.revoked(afterExpiry));
    }

    @Test
    public void revoking_all_sessions_of_a_member_ends_only_their_active_ones() {
        StaffSession first = openFor(alice, T0);
        StaffSession second = openFor(alice, T0.plusSeconds(60));
        StaffSession expired = openFor(alice, T0.minus(LIFETIME).minusSeconds(1));
        StaffSession ofBob = openFor(bob, T0);
        Instant at = T0.plusSeconds(120);

        int revoked = sessions.revokeAllOf(alice.id(), at);

        assertThat(revoked).isEqualTo(2);
        assertThat(sessions.find(first.tokenHash())).contains(first.revoked(at));
        assertThat(sessions.find(second.tokenHash())).contains(second.revoked(at));
        assertThat(sessions.find(expired.tokenHash())).contains(expired);
        assertThat(sessions.find(ofBob.tokenHash())).contains(ofBob);
        assertThat(sessions.revokeAllOf(alice.id(), at)).isZero();
    }

    @Test
    public void sessions_that_ended_before_the_cutoff_are_deleted_and_the_others_kept() {
        Instant cutoff = T0.plus(Duration.ofDays(1));
        StaffSession expiredLongAgo = openFor(alice, T0);
        StaffSession revokedLongAgo = openFor(bob, cutoff.minus(Duration.ofHours(1)));
        sessions.revoke(revokedLongAgo.tokenHash(), cutoff.minus(Duration.ofMinutes(30)));
        StaffSession active = openFor(alice, cutoff.minus(Duration.ofHours(1)));
        StaffSession revokedAfter = openFor(bob, cutoff.minus(Duration.ofHours(1)));
        sessions.revoke(revokedAfter.tokenHash(), cutoff.plusSeconds(1));

        int deleted = sessions.deleteEndedBefore(cutoff);

        assertThat(deleted).isEqualTo(2);
        assertThat(sessions.find(expiredLongAgo.tokenHash())).isEmpty();
        assertThat(sessions.find(revokedLongAgo.tokenHash())).isEmpty();
        assertThat(sessions.find(active.tokenHash())).contains(active);
        assertThat(sessions.find(revokedAfter.tokenHash())).isPresent();
    }
}
