package io.custodian.domain.identity;

import io.custodian.domain.access.StaffId;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentityValuesTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void a_password_never_shows_in_its_text_nor_in_a_command_holding_it() {
        Password password = new Password("hunter2-but-longer");

        assertThat(password.toString()).doesNotContain("hunter2");
        assertThat(new LoginCommand("alice", password, T0).toString()).doesNotContain("hunter2");
        assertThat(new SetPasswordCommand(io.custodian.domain.audit.Actor.system("cli"),
                new StaffId(new UUID(0, 1)), password).toString()).doesNotContain("hunter2");
        assertThat(new PasswordHash("$argon2id$secret-ish").toString()).doesNotContain("argon2id");
    }

    @Test
    void the_password_policy_counts_characters_from_12_to_256() {
        assertThat(PasswordPolicy.problem(new Password("x".repeat(11)))).isPresent();
        assertThat(PasswordPolicy.problem(new Password("x".repeat(12)))).isEmpty();
        assertThat(PasswordPolicy.problem(new Password("x".repeat(256)))).isEmpty();
        assertThat(PasswordPolicy.problem(new Password("x".repeat(257)))).isPresent();
        assertThat(PasswordPolicy.problem(new Password("\t".repeat(12)))).isPresent();
        assertThat(PasswordPolicy.problem(new Password("x".repeat(11)))).hasValueSatisfying(
                problem -> assertThat(problem).doesNotContain("xxx"));
    }

    @Test
    void a_session_token_is_32_bytes_in_base64url_without_padding() {
        SessionToken token = SessionToken.generate(new SecureRandom());

        assertThat(token.value()).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(Base64.getUrlDecoder().decode(token.value())).hasSize(32);
    }

    @Test
    void generated_tokens_differ() {
        SecureRandom random = new SecureRandom();
        Set<SessionToken> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            tokens.add(SessionToken.generate(random));
        }

        assertThat(tokens).hasSize(1000);
    }

    @Test
    void the_token_hash_is_the_sha_256_of_the_token_bytes() {
        // SHA-256 of 32 zero bytes
        assertThat(SessionToken.of(new byte[32]).hash()).isEqualTo(
                new TokenHash("66687aadf862bd776c8fc18b8e9f8e20089714856ee233b3902a591d0d5f2925"));
    }

    @Test
    void only_canonical_tokens_parse() {
        SessionToken token = SessionToken.of(new byte[32]);

        assertThat(SessionToken.parse(token.value())).contains(token);
        assertThat(SessionToken.parse(token.value().substring(0, 42) + "B")).isEmpty(); // non-zero unused bits
        assertThat(SessionToken.parse(token.value() + "=")).isEmpty();
        assertThat(SessionToken.parse(token.value().replace('A', '+'))).isEmpty();
        assertThat(SessionToken.parse(null)).isEmpty();
        assertThatThrownBy(() -> new SessionToken("short")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SessionToken.of(new byte[31])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_token_never_shows_in_its_text_nor_in_commands_presenting_it() {
        SessionToken token = SessionToken.of(new byte[32]);

        assertThat(token.toString()).doesNotContain(token.value());
        assertThat(new AuthenticateStaffCommand(token.value(), T0).toString()).doesNotContain(token.value());
        assertThat(new LogoutCommand(token.value(), T0).toString()).doesNotContain(token.value());
        assertThat(new LoginOutcome.LoggedIn(token,
                io.custodian.domain.access.StaffMemberBuilder.aSupportEngineer().build(), T0).toString())
                .doesNotContain(token.value());
    }

    @Test
    void a_token_hash_is_64_lower_case_hex_digits() {
        assertThatThrownBy(() -> new TokenHash("AB".repeat(32))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenHash("ab")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_session_expires_after_it_opens_and_is_active_until_then_unless_revoked() {
        TokenHash hash = SessionToken.of(new byte[32]).hash();
        StaffId staff = new StaffId(new UUID(0, 1));
        StaffSession session = StaffSession.open(hash, staff, T0, T0.plusSeconds(60));

        assertThat(session.isActiveAt(T0)).isTrue();
        assertThat(session.isActiveAt(T0.plusSeconds(60))).isFalse();
        assertThat(session.revoked(T0.plusSeconds(1)).isActiveAt(T0.plusSeconds(2))).isFalse();
        assertThatThrownBy(() -> StaffSession.open(hash, staff, T0, T0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stored_instants_are_kept_at_microsecond_precision() {
        Instant nanos = Instant.parse("2026-03-01T09:00:00.123456789Z");
        Instant micros = Instant.parse("2026-03-01T09:00:00.123456Z");
        TokenHash hash = SessionToken.of(new byte[32]).hash();

        assertThat(StaffSession.open(hash, new StaffId(new UUID(0, 1)), nanos, nanos.plusSeconds(1)).createdAt())
                .isEqualTo(micros);
        assertThat(new FailedLogins(new io.custodian.domain.access.LoginName("a"), 1, nanos).lastFailureAt())
                .isEqualTo(micros);
        assertThat(new StaffCredential(new StaffId(new UUID(0, 1)), new PasswordHash("h"), nanos).setAt())
                .isEqualTo(micros);
    }

    @Test
    void session_lifetimes_outside_one_minute_to_thirty_days_are_refused() {
        assertThat(IdentitySettings.defaults().sessionLifetime()).hasHours(8);
        assertThatThrownBy(() -> new IdentitySettings(java.time.Duration.ofSeconds(59), LoginThrottle.defaults()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IdentitySettings(java.time.Duration.ofDays(31), LoginThrottle.defaults()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
