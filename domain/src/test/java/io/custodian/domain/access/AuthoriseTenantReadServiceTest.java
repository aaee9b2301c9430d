package io.custodian.domain.access;

import io.custodian.domain.datamap.Category;
import io.custodian.domain.location.DataLocation;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.TenantState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;

import static io.custodian.domain.access.StaffMemberBuilder.aSupportEngineer;
import static org.assertj.core.api.Assertions.assertThat;

class AuthoriseTenantReadServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final DataLocation ROUBAIX = new DataLocation("Roubaix, France");
    private static final DataLocation FRANKFURT = new DataLocation("Frankfurt, Germany");
    private static final ClientKey CLIENT = new ClientKey("jira-client-1");
    private static final Purpose TICKET = new Purpose.SupportTicket("SUP-7");

    private final StaffMember engineer = aSupportEngineer().build();
    private final InMemoryStaffDirectory directory = InMemoryStaffDirectory.with(engineer);
    private final RecordingAccessLog log = new RecordingAccessLog();
    private final AuthoriseTenantReadService service =
            new AuthoriseTenantReadService(directory, log, InstantSource.fixed(NOW), ROUBAIX);

    private AuthoriseTenantReadCommand read(StaffId staff, TenantState state, DataLocation pinned,
            Optional<Purpose> purpose) {
        return new AuthoriseTenantReadCommand(staff, new TenantStatus(CLIENT, state), pinned, Category.OPERATION,
                purpose);
    }

    @Test
    void an_authorised_read_is_allowed_and_logged_with_staff_tenant_category_purpose_and_time() {
        Decision decision = service.authorise(read(engineer.id(), TenantState.ACTIVE, ROUBAIX, Optional.of(TICKET)));

        assertThat(decision).isEqualTo(Decision.ALLOWED);
        assertThat(log.events()).containsExactly(new AccessEvent(engineer.id(), AccessAction.READ_TENANT_DATA,
                Optional.empty(), Optional.of(CLIENT), Optional.of(Category.OPERATION), Optional.of(TICKET), NOW,
                Decision.ALLOWED));
    }

    @Test
    void a_refused_read_is_logged_too() {
        Decision decision = service.authorise(read(engineer.id(), TenantState.PURGED, ROUBAIX, Optional.of(TICKET)));

        assertThat(decision).isInstanceOfSatisfying(Decision.Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(RefusalReason.TENANT_PURGED));
        assertThat(log.last().decision()).isEqualTo(decision);
    }

    @Test
    void a_read_without_a_purpose_is_refused_and_logged() {
        Decision decision = service.authorise(read(engineer.id(), TenantState.ACTIVE, ROUBAIX, Optional.empty()));

        assertThat(decision).isInstanceOfSatisfying(Decision.Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(RefusalReason.PURPOSE_MISSING));
        assertThat(log.last().purpose()).isEmpty();
    }

    @Test
    void an_unknown_staff_id_is_refused_and_logged_under_the_claimed_id() {
        StaffId stranger = aSupportEngineer().build().id();

        Decision decision = service.authorise(read(stranger, TenantState.ACTIVE, ROUBAIX, Optional.of(TICKET)));

        assertThat(decision).isInstanceOfSatisfying(Decision.Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(RefusalReason.UNKNOWN_STAFF));
        assertThat(log.last().actor()).isEqualTo(stranger);
    }

    @Test
    void a_tenant_pinned_to_another_location_is_refused_even_for_an_authorised_engineer() {
        Decision decision = service.authorise(read(engineer.id(), TenantState.ACTIVE, FRANKFURT, Optional.of(TICKET)));

        assertThat(decision).isInstanceOfSatisfying(Decision.Refused.class, refused -> {
            assertThat(refused.reason()).isEqualTo(RefusalReason.LOCATION_MISMATCH);
            assertThat(refused.message()).contains("Frankfurt, Germany").contains("Roubaix, France");
        });
        assertThat(log.events()).hasSize(1);
    }

    @Test
    void the_grace_window_rule_applies_through_the_service() {
        Purpose reason = new Purpose.FreeText("looking around");

        assertThat(service.authorise(read(engineer.id(), TenantState.MARKED_FOR_DELETION, ROUBAIX,
                Optional.of(reason))).isAllowed()).isFalse();
        assertThat(service.authorise(read(engineer.id(), TenantState.MARKED_FOR_DELETION, ROUBAIX,
                Optional.of(TICKET))).isAllowed()).isTrue();
        assertThat(log.events()).hasSize(2);
    }
}
