package io.custodian.domain.access;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static io.custodian.domain.access.StaffMemberBuilder.aSupportEngineer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StaffValuesTest {

    @Test
    void login_names_are_case_insensitive_and_kept_in_lower_case() {
        assertThat(new LoginName("  Alice.Martin@Example.COM ")).isEqualTo(new LoginName("alice.martin@example.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "has space", "-starts-with-dash", "semi;colon", "new\nline"})
    void login_names_with_other_characters_are_rejected(String login) {
        assertThatThrownBy(() -> new LoginName(login)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void login_names_are_bounded() {
        assertThat(new LoginName("a".repeat(LoginName.MAX_LENGTH)).value()).hasSize(LoginName.MAX_LENGTH);
        assertThatThrownBy(() -> new LoginName("a".repeat(LoginName.MAX_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void display_names_are_non_blank_bounded_and_free_of_control_characters() {
        assertThat(aSupportEngineer().displayName("  Zoë  ").build().displayName()).isEqualTo("Zoë");
        assertThatThrownBy(() -> aSupportEngineer().displayName(" ").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> aSupportEngineer().displayName("x".repeat(201)).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> aSupportEngineer().displayName("Eve\u0007").build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void staff_ids_parse_only_canonical_uuids() {
        UUID uuid = UUID.randomUUID();
        assertThat(StaffId.parse(uuid.toString())).isEqualTo(new StaffId(uuid));
        assertThatThrownBy(() -> StaffId.parse(uuid.toString().toUpperCase()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StaffId.parse("1-2-3-4-5")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_employee_is_always_affiliated() {
        assertThat(Affiliation.EMPLOYEE.isValidAt(Instant.parse("2100-01-01T00:00:00Z"))).isTrue();
    }

    @Test
    void a_subcontract_is_judged_in_utc_not_in_local_time() {
        Affiliation subcontractor = new Affiliation.Subcontractor(LocalDate.of(2026, 3, 1));
        // 23:30 UTC on the last day is already the next day in Roubaix (UTC+1), and still valid
        assertThat(subcontractor.isValidAt(Instant.parse("2026-03-01T23:30:00Z"))).isTrue();
        assertThat(subcontractor.isValidAt(Instant.parse("2026-03-02T00:00:00Z"))).isFalse();
    }

    @Test
    void a_member_is_in_service_only_when_active_and_affiliated() {
        Instant at = Instant.parse("2026-03-01T10:00:00Z");
        assertThat(aSupportEngineer().build().isInServiceAt(at)).isTrue();
        assertThat(aSupportEngineer().inactive().build().isInServiceAt(at)).isFalse();
        assertThat(aSupportEngineer().subcontractorUntil(LocalDate.of(2026, 2, 1)).build().isInServiceAt(at))
                .isFalse();
    }

    @Test
    void only_support_and_development_access_customer_data() {
        assertThat(Team.SUPPORT.mayAccessCustomerData()).isTrue();
        assertThat(Team.DEVELOPMENT.mayAccessCustomerData()).isTrue();
        assertThat(Team.OTHER.mayAccessCustomerData()).isFalse();
    }
}
