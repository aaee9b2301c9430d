package io.custodian.domain.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"tenant-data.read", "staff.set-contract", "tenant.purge", "bundle.download"})
    void dotted_lower_case_action_codes_are_accepted(String code) {
        assertThat(new AuditAction(code).code()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Tenant.Read", "tenant..read", ".read", "read.", "tenant read", "tenant.read\n"})
    void other_action_codes_are_rejected(String code) {
        assertThatThrownBy(() -> new AuditAction(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void system_actor_names_are_lower_case_words() {
        assertThat(Actor.system("retention-sweep").id()).isEqualTo("retention-sweep");
        assertThatThrownBy(() -> Actor.system("Retention Sweep")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void subjects_name_a_type_and_an_id_without_whitespace() {
        assertThat(new AuditSubject("deletion-request", "EDR-17")).hasToString("deletion-request EDR-17");
        assertThatThrownBy(() -> new AuditSubject("staff", "has space")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditSubject("Staff", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusals_and_failures_need_a_bounded_reason() {
        assertThat(new AuditOutcome.Refused("no ticket").reason()).contains("no ticket");
        assertThat(AuditOutcome.ALLOWED.reason()).isEmpty();
        assertThatThrownBy(() -> new AuditOutcome.Failed(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditOutcome.Refused("x".repeat(AuditOutcome.MAX_REASON_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hashes_are_64_lower_case_hex_digits() {
        assertThatThrownBy(() -> new AuditHash("F".repeat(64))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditHash("0".repeat(63))).isInstanceOf(IllegalArgumentException.class);
        assertThat(AuditHash.sha256(new byte[0]).hex())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void a_draft_keeps_its_instant_at_microsecond_precision() {
        AuditDraft draft = AuditDrafts.staffRead(0);
        AuditDraft precise = new AuditDraft(draft.actor(), draft.action(), draft.subject(), draft.tenant(),
                draft.category(), draft.purpose(), Instant.parse("2026-03-01T10:00:00.123456789Z"), draft.outcome());

        assertThat(precise.at()).isEqualTo(Instant.parse("2026-03-01T10:00:00.123456Z"));
    }

    @Test
    void sequence_numbers_start_at_1() {
        AuditEntry first = AuditChain.append(java.util.Optional.empty(), AuditDrafts.staffRead(0));

        assertThatThrownBy(() -> new AuditEntry(0, first.content(), first.previousHash(), first.hash()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pages_are_bounded() {
        assertThatThrownBy(() -> new AuditPageQuery(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditPageQuery(0, AuditPageQuery.MAX_LIMIT + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditPageQuery(-1, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
