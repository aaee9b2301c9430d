package io.custodian.domain.location;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocationPolicyTest {

    private static final DataLocation ROUBAIX = new DataLocation("Roubaix, France");

    @Test
    void a_tenant_is_pinned_to_the_location_of_the_deployment_that_installed_it() {
        assertThat(LocationPolicy.pinAtInstall(ROUBAIX)).isEqualTo(ROUBAIX);
    }

    @Test
    void operations_on_a_tenant_pinned_here_are_allowed() {
        assertThat(LocationPolicy.check(ROUBAIX, new DataLocation("Roubaix, France")))
                .isEqualTo(LocationDecision.ALLOWED);
    }

    @Test
    void operations_on_a_tenant_pinned_elsewhere_are_refused_naming_both_locations() {
        LocationDecision decision = LocationPolicy.check(ROUBAIX, new DataLocation("Frankfurt, Germany"));

        assertThat(decision).isInstanceOfSatisfying(LocationDecision.Refused.class, refused -> assertThat(
                refused.reason()).contains("Frankfurt, Germany").contains("Roubaix, France"));
        assertThat(decision.isAllowed()).isFalse();
    }

    @Test
    void a_location_name_is_kept_stripped() {
        assertThat(new DataLocation("  Roubaix, France ")).isEqualTo(ROUBAIX);
        assertThat(ROUBAIX).hasToString("Roubaix, France");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "Roubaix\nFrance"})
    void a_blank_or_multi_line_location_is_rejected(String name) {
        assertThatThrownBy(() -> new DataLocation(name)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_location_name_is_bounded() {
        assertThatThrownBy(() -> new DataLocation("x".repeat(DataLocation.MAX_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DataLocation(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
