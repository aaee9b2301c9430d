package io.custodian.domain.identity;

import io.custodian.domain.access.StaffMember;
import io.custodian.domain.audit.Actor;
import io.custodian.domain.audit.AuditEntry;
import io.custodian.domain.audit.AuditOutcome;
import io.custodian.domain.audit.AuditSubject;
import io.custodian.domain.access.LoginName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.custodian.domain.access.StaffMemberBuilder.aDeveloper;
import static io.custodian.domain.access.StaffMemberBuilder.aSupportEngineer;
import static org.assertj.core.api.Assertions.assertThat;

class StaffSessionServiceTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String WRONG = "incorrect horse battery staple";

    private final IdentityFixture f = new IdentityFixture();
    private final StaffMember alice = f.withPassword(aSupportEngineer().login("alice").build(), PASSWORD);

    private Instant now() {
        return f.clock.instant();
    }

    private LoginOutcome login(String login, String password) {
        return f.sessionService.login(new LoginCommand(login, new Password(password), now()));
    }

    private LoginOutcome.LoggedIn loggedIn(LoginOutcome outcome) {
        assertThat(outcome).isInstanceOf(LoginOutcome.LoggedIn.class);
        return (LoginOutcome.LoggedIn) outcome;
    }

    private LoginRefusal refusal(LoginOutcome outcome) {
        assertThat(outcome).isInstanceOf(LoginOutcome.Refused.class);
        return ((LoginOutcome.Refused) outcome).reason();
    }

    private Optional<StaffMember> authenticate(SessionToken token, Instant at) {
        return f.sessionService.authenticate(new AuthenticateStaffCommand(token.value(), at));
    }

    // --- login -----------------------------------------------------------------------------------------------------

    @Test
    void the_right_password_opens_a_session_that_authenticates_the_member_until_it_expires() {
        LoginOutcome.LoggedIn in = loggedIn(login("alice", PASSWORD));

        assertThat(in.token()).isEqualTo(f.tokens.issued().getFirst());
        assertThat(in.staff()).isEqualTo(alice);
        assertThat(in.expiresAt()).isEqualTo(now().plus(IdentityFixture.LIFETIME));
        assertThat(authenticate(in.token(), now())).contains(alice);
        assertThat(authenticate(in.token(), in.expiresAt().minusNanos(1000))).contains(alice);
    }

    @Test
    void the_login_name_is_case_insensitive_and_trimmed_like_every_login_name() {
        assertThat(login("  Alice ", PASSWORD)).isInstanceOf(LoginOutcome.LoggedIn.class);
    }

    @Test
    void the_token_is_never_stored_in_clear_only_its_sha_256() {
        LoginOutcome.LoggedIn in = loggedIn(login("alice", PASSWORD));

        assertThat(f.sessions.all()).singleElement().satisfies(session -> {
            assertThat(session.tokenHash()).isEqualTo(in.token().hash());
            assertThat(session.toString()).doesNotContain(in.token().value());
            assertThat(session.tokenHash().hex()).isNotEqualTo(in.token().value());
        });
        assertThat(in.token().toString()).doesNotContain(in.token().value());
        assertThat(f.auditText()).doesNotContain(in.token().value()).doesNotContain(in.token().hash().hex());
    }

    @Test
    void a_wrong_password_an_unknown_login_and_an_account_without_password_get_the_same_answer() {
        f.directory.save(aDeveloper().login("nopassword").build());

        LoginRefusal wrongPassword = refusal(login("alice", WRONG));
        LoginRefusal unknownLogin = refusal(login("mallory", WRONG));
        LoginRefusal noPassword = refusal(login("nopassword", WRONG));

        assertThat(wrongPassword).isEqualTo(new LoginRefusal.InvalidCredentials(Duration.ofSeconds(1)));
        assertThat(unknownLogin).isEqualTo(wrongPassword);
        assertThat(noPassword).isEqualTo(wrongPassword);
        assertThat(wrongPassword.message()).doesNotContain("alice").doesNotContain("unknown").doesNotContain("exist");
    }

    @Test
    void an_unknown_login_costs_a_password_verification_like_a_known_one() {
        int before = f.hasher.verifications();
        login("mallory", WRONG);
        int forUnknown = f.hasher.verifications() - before;

        before = f.hasher.verifications();
        login("alice", WRONG);
        int forKnown = f.hasher.verifications() - before;

        assertThat(forUnknown).isEqualTo(forKnown).isEqualTo(1);
    }

    @Test
    void a_login_name_that_cannot_exist_is_refused_like_a_wrong_password_and_audited_without_it() {
        LoginRefusal refusal = refusal(login("not a login name", WRONG));

        assertThat(refusal).isInstanceOf(LoginRefusal.InvalidCredentials.class);
        assertThat(f.lastAudit().content().actor()).isEqualTo(Actor.system(StaffSessionService.LOGIN_ACTOR));
        assertThat(f.auditText()).doesNotContain("not a login name");
    }

    @Test
    void a_password_longer_than_any_that_can_be_set_is_refused_without_hashing_it() {
        int before = f.hasher.verifications();

        LoginRefusal refusal = refusal(login("alice", "x".repeat(PasswordPolicy.MAX_LENGTH + 1)));

        assertThat(refusal).isInstanceOf(LoginRefusal.InvalidCredentials.class);
        assertThat(f.hasher.verifications()).isEqualTo(before);
    }

    @Test
    void a_disabled_account_cannot_sign_in_even_with_the_right_password() {
        f.directory.save(alice.disabled());

        assertThat(refusal(login("alice", PASSWORD))).isInstanceOf(LoginRefusal.InvalidCredentials.class);
        assertThat(f.sessions.all()).isEmpty();
        assertThat(f.lastAudit().content().outcome().reason()).hasValueSatisfying(
                reason -> assertThat(reason).startsWith("STAFF_INACTIVE"));
    }

    @Test
    void a_subcontractor_signs_in_until_the_last_day_of_the_contract_and_not_after() {
        LocalDate lastDay = LocalDate.of(2026, 3, 31);
        f.withPassword(aDeveloper().login("contractor").subcontractorUntil(lastDay).build(), PASSWORD);

        f.clock.setTo(Instant.parse("2026-03-31T23:59:59Z"));
        assertThat(login("contractor", PASSWORD)).isInstanceOf(LoginOutcome.LoggedIn.class);

        f.clock.setTo(Instant.parse("2026-04-01T00:00:00Z"));
        assertThat(refusal(login("contractor", PASSWORD))).isInstanceOf(LoginRefusal.InvalidCredentials.class);
        assertThat(f.lastAudit().content().outcome().reason()).hasValueSatisfying(
                reason -> assertThat(reason).startsWith("CONTRACT_EXPIRED").contains("2026-03-31"));
    }

    // --- throttle --------------------------------------------------------------------------------------------------

    @Test
    void after_five_failures_even_the_right_password_is_refused_for_fifteen_minutes_without_being_checked() {
        for (int i = 0; i < 5; i++) {
            assertThat(refusal(login("alice", WRONG))).isInstanceOf(LoginRefusal.InvalidCredentials.class);
        }
        Instant lastFailure = now();
        int verifications = f.hasher.verifications();

        f.clock.advance(Duration.ofMinutes(14));
        LoginRefusal refusal = refusal(login("alice", PASSWORD));

        assertThat(refusal).isEqualTo(new LoginRefusal.TooManyAttempts(lastFailure.plus(Duration.ofMinutes(15))));
        assertThat(refusal.message()).contains("retry after " + lastFailure.plus(Duration.ofMinutes(15)));
        assertThat(f.hasher.verifications()).isEqualTo(verifications);
        assertThat(f.sessions.all()).isEmpty();
        assertThat(f.lastAudit().content().outcome().reason()).hasValueSatisfying(
                reason -> assertThat(reason).startsWith("TOO_MANY_ATTEMPTS"));
    }

    @Test
    void attempts_refused_while_locked_out_do_not_extend_the_lockout() {
        for (int i = 0; i < 5; i++) {
            login("alice", WRONG);
        }
        Instant lastFailure = now();
        for (int minute = 1; minute < 15; minute++) {
            f.clock.advance(Duration.ofMinutes(1));
            login("alice", WRONG);
        }

        f.clock.setTo(lastFailure.plus(Duration.ofMinutes(15)));

        assertThat(login("alice", PASSWORD)).isInstanceOf(LoginOutcome.LoggedIn.class);
    }

    @Test
    void failures_are_slowed_more_and_more_before_the_lockout() {
        List<Duration> delays = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            delays.add(((LoginRefusal.InvalidCredentials) refusal(login("alice", WRONG))).answerDelay());
        }

        assertThat(delays).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(8), Duration.ofSeconds(10));
    }

    @Test
    void a_successful_login_resets_the_failure_count() {
        for (int i = 0; i < 4; i++) {
            login("alice", WRONG);
        }
        assertThat(login("alice", PASSWORD)).isInstanceOf(LoginOutcome.LoggedIn.class);
        assertThat(f.attempts.find(new LoginName("alice"))).isEmpty();

        for (int i = 0; i < 4; i++) {
            assertThat(refusal(login("alice", WRONG))).isInstanceOf(LoginRefusal.InvalidCredentials.class);
        }
        assertThat(login("alice", PASSWORD)).isInstanceOf(LoginOutcome.LoggedIn.class);
    }

    @Test
    void unknown_login_names_are_locked_out_exactly_like_known_ones() {
        for (int i = 0; i < 5; i++) {
            assertThat(refusal(login("mallory", WRONG))).isEqualTo(refusal(login("alice", WRONG)));
        }

        assertThat(refusal(login("mallory", WRONG))).isEqualTo(refusal(login("alice", WRONG)))
                .isInstanceOf(LoginRefusal.TooManyAttempts.class);
    }

    @Test
    void a_concurrent_attempt_between_reading_and_counting_is_counted_and_no_extra_try_is_gained() {
        for (int i = 0; i < 4; i++) {
            login("alice", WRONG);
        }
        // another process fails the fifth try just before this attempt records its claim
        f.attempts.beforeNextReplace(store -> store.replace(store.find(new LoginName("alice")),
                new FailedLogins(new LoginName("alice"), 5, now())));

        LoginRefusal refusal = refusal(login("alice", PASSWORD));

        assertThat(refusal).isInstanceOf(LoginRefusal.TooManyAttempts.class);
        assertThat(f.sessions.all()).isEmpty();
    }

    // --- sessions --------------------------------------------------------------------------------------------------

    @Test
    void an_expired_session_no_longer_authenticates() {
        LoginOutcome.LoggedIn in = loggedIn(login("alice", PASSWORD));

        assertThat(authenticate(in.token(), in.expiresAt())).isEmpty();
        assertThat(authenticate(in.token(), in.expiresAt().plus(Duration.ofDays(1)))).isEmpty();
    }

    @Test
    void logging_out_revokes_the_session_for_good() {
        LoginOutcome.LoggedIn in = loggedIn(login("alice", PASSWORD));

        LogoutOutcome out = f.sessionService.logout(new LogoutCommand(in.token().value(), now()));

        assertThat(out).isEqualTo(new LogoutOutcome.LoggedOut(alice.id()));
        assertThat(authenticate(in.token(), now())).isEmpty();
        assertThat(f.sessionService.logout(new LogoutCommand(in.token().value(), now())))
                .isEqualTo(new LogoutOutcome.NoSession());
    }

    @Test
    void logging_out_ends_only_the_presented_session() {
        LoginOutcome.LoggedIn laptop = loggedIn(login("alice", PASSWORD));
        LoginOutcome.LoggedIn desktop = loggedIn(login("alice", PASSWORD));

        f.sessionService.logout(new LogoutCommand(laptop.token().value(), now()));

        assertThat(authenticate(laptop.token(), now())).isEmpty();
        assertThat(authenticate(desktop.token(), now())).contains(alice);
    }

    @Test
    void a_session_of_an_account_disabled_since_no_longer_authenticates() {
        LoginOutcome.LoggedIn in = loggedIn(login("alice", PASSWORD));

        f.directory.save(alice.disabled());

        assertThat(authenticate(in.token(), now())).isEmpty();
    }

    @Test
    void a_session_stops_authenticating_when_the_subcontractors_contract_ends_during_it() {
        f.withPassword(aDeveloper().login("contractor").subcontractorUntil(LocalDate.of(2026, 3, 1)).build(),
                PASSWORD);
        f.clock.setTo(Instant.parse("2026-03-01T20:00:00Z"));
        LoginOutcome.LoggedIn in = loggedIn(login("contractor", PASSWORD));

        assertThat(authenticate(in.token(), Instant.parse("2026-03-01T23:59:59Z"))).isPresent();
        assertThat(authenticate(in.token(), Instant.parse("2026-03-02T00:00:00Z"))).isEmpty();
    }

    @Test
    void tokens_that_open_no_session_authenticate_nobody_and_never_throw() {
        loggedIn(login("alice", PASSWORD));
        SessionToken neverIssued = SessionToken.of(new byte[SessionToken.BYTES]);

        for (String presented : List.of("", "abc", neverIssued.value(), neverIssued.value() + "A",
                neverIssued.value().substring(0, 42) + "B", "A".repeat(10_000), "Bearer " + neverIssued.value(),
                "ÄÖÜ".repeat(15))) {
            assertThat(f.sessionService.authenticate(new AuthenticateStaffCommand(presented, now()))).isEmpty();
            assertThat(f.sessionService.logout(new LogoutCommand(presented, now())))
                    .isEqualTo(new LogoutOutcome.NoSession());
        }
    }

    // --- audit -----------------------------------------------------------------------------------------------------

    @Test
    void every_login_and_logout_is_audited_against_the_account_without_password_or_token() {
        login("alice", WRONG);
        LoginOutcome.LoggedIn in = loggedIn(login("alice", PASSWORD));
        f.sessionService.logout(new LogoutCommand(in.token().value(), now()));

        List<AuditEntry> entries = f.auditEntries();
        assertThat(entries).extracting(entry -> entry.content().action().code())
                .containsExactly("staff.login", "staff.login", "staff.logout");
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.content().actor()).isEqualTo(Actor.staff(alice.id()));
            assertThat(entry.content().subject()).contains(new AuditSubject("staff", alice.id().toString()));
        });
        assertThat(entries).extracting(entry -> entry.content().outcome().code())
                .containsExactly("REFUSED", "SUCCEEDED", "SUCCEEDED");
        assertThat(entries.getFirst().content().outcome())
                .isEqualTo(new AuditOutcome.Refused("INVALID_CREDENTIALS: wrong password"));
        assertThat(f.auditText()).doesNotContain(PASSWORD).doesNotContain(WRONG).doesNotContain(in.token().value());
    }

    @Test
    void a_login_attempt_for_an_unknown_name_is_audited_by_the_login_system_actor_without_the_name() {
        login("mallory@example.com", WRONG);

        AuditEntry entry = f.lastAudit();
        assertThat(entry.content().actor()).isEqualTo(Actor.system("staff-login"));
        assertThat(entry.content().subject()).isEmpty();
        assertThat(entry.content().outcome()).isEqualTo(new AuditOutcome.Refused("INVALID_CREDENTIALS: unknown login name"));
        assertThat(f.auditText()).doesNotContain("mallory");
    }

    @Test
    void a_logout_that_ends_no_session_is_not_audited() {
        f.sessionService.logout(new LogoutCommand(SessionToken.of(new byte[32]).value(), now()));

        assertThat(f.auditEntries()).isEmpty();
    }
}
