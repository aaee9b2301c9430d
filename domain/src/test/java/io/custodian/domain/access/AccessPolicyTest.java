package io.custodian.domain.access;

import io.custodian.domain.datamap.Category;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.TenantState;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.time.LocalDate;

import static io.custodian.domain.access.StaffMemberBuilder.aDeveloper;
import static io.custodian.domain.access.StaffMemberBuilder.aPrivacyOfficer;
import static io.custodian.domain.access.StaffMemberBuilder.aSupportEngineer;
import static org.assertj.core.api.Assertions.assertThat;

class AccessPolicyTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final TenantStatus ACTIVE_TENANT = tenant(TenantState.ACTIVE);
    private static final Purpose TICKET = new Purpose.SupportTicket("SUP-1042");
    private static final Purpose REASON = new Purpose.FreeText("customer reported a sync failure by phone");

    private static TenantStatus tenant(TenantState state) {
        return new TenantStatus(new ClientKey("c0ffee-client"), state);
    }

    private static RefusalReason refusalOf(Decision decision) {
        assertThat(decision).isInstanceOf(Decision.Refused.class);
        return ((Decision.Refused) decision).reason();
    }

    @Nested
    class Reading_tenant_data {

        @ParameterizedTest
        @EnumSource(Category.class)
        void an_active_support_engineer_reads_every_category_of_an_active_tenant_with_a_reason(Category category) {
            assertThat(AccessPolicy.mayRead(aSupportEngineer().build(), ACTIVE_TENANT, category, REASON, NOW))
                    .isEqualTo(Decision.ALLOWED);
        }

        @Test
        void an_active_developer_reads_an_active_tenant_for_a_support_ticket() {
            assertThat(AccessPolicy.mayRead(aDeveloper().build(), ACTIVE_TENANT, Category.OPERATION, TICKET, NOW))
                    .isEqualTo(Decision.ALLOWED);
        }

        @Test
        void a_disabled_account_is_refused() {
            StaffMember disabled = aSupportEngineer().inactive().build();

            assertThat(refusalOf(AccessPolicy.mayRead(disabled, ACTIVE_TENANT, Category.ACCOUNT, TICKET, NOW)))
                    .isEqualTo(RefusalReason.STAFF_INACTIVE);
        }

        @Test
        void a_member_outside_the_support_and_development_teams_is_refused() {
            StaffMember outsider = aSupportEngineer().team(Team.OTHER).build();

            assertThat(refusalOf(AccessPolicy.mayRead(outsider, ACTIVE_TENANT, Category.SESSION, TICKET, NOW)))
                    .isEqualTo(RefusalReason.TEAM_NOT_AUTHORISED);
        }

        @Test
        void a_privacy_officer_outside_the_teams_reads_no_tenant_data() {
            assertThat(refusalOf(AccessPolicy.mayRead(aPrivacyOfficer().build(), ACTIVE_TENANT, Category.SUPPORT,
                    TICKET, NOW))).isEqualTo(RefusalReason.TEAM_NOT_AUTHORISED);
        }

        @Test
        void a_privacy_officer_in_the_support_team_reads_under_the_same_rule_as_everyone() {
            StaffMember officer = aPrivacyOfficer().team(Team.SUPPORT).build();

            assertThat(AccessPolicy.mayRead(officer, ACTIVE_TENANT, Category.SUPPORT, TICKET, NOW))
                    .isEqualTo(Decision.ALLOWED);
            assertThat(refusalOf(AccessPolicy.mayRead(officer.disabled(), ACTIVE_TENANT, Category.SUPPORT, TICKET,
                    NOW))).isEqualTo(RefusalReason.STAFF_INACTIVE);
        }

        @Test
        void a_subcontractor_reads_until_the_last_instant_of_the_contracts_last_day_in_utc() {
            StaffMember subcontractor = aDeveloper().subcontractorUntil(LocalDate.of(2026, 3, 1)).build();
            Instant lastInstant = Instant.parse("2026-03-01T23:59:59.999999999Z");

            assertThat(AccessPolicy.mayRead(subcontractor, ACTIVE_TENANT, Category.OPERATION, TICKET, lastInstant))
                    .isEqualTo(Decision.ALLOWED);
        }

        @Test
        void a_subcontractor_is_refused_from_midnight_utc_after_the_contracts_last_day() {
            StaffMember subcontractor = aDeveloper().subcontractorUntil(LocalDate.of(2026, 3, 1)).build();
            Instant midnightAfter = Instant.parse("2026-03-02T00:00:00Z");

            Decision decision = AccessPolicy.mayRead(subcontractor, ACTIVE_TENANT, Category.OPERATION, TICKET,
                    midnightAfter);

            assertThat(refusalOf(decision)).isEqualTo(RefusalReason.CONTRACT_EXPIRED);
            assertThat(((Decision.Refused) decision).message()).contains("2026-03-01");
        }

        @Test
        void a_read_without_a_purpose_is_refused() {
            assertThat(refusalOf(AccessPolicy.mayRead(aSupportEngineer().build(), ACTIVE_TENANT, Category.ACCOUNT,
                    null, NOW))).isEqualTo(RefusalReason.PURPOSE_MISSING);
        }

        @Test
        void a_disabled_tenant_is_read_like_an_active_one() {
            assertThat(AccessPolicy.mayRead(aSupportEngineer().build(), tenant(TenantState.DISABLED),
                    Category.CUSTOMER_UPLOADED, REASON, NOW)).isEqualTo(Decision.ALLOWED);
        }

        @Test
        void during_the_deletion_grace_window_a_free_text_reason_is_refused() {
            assertThat(refusalOf(AccessPolicy.mayRead(aSupportEngineer().build(),
                    tenant(TenantState.MARKED_FOR_DELETION), Category.OPERATION, REASON, NOW)))
                    .isEqualTo(RefusalReason.SUPPORT_TICKET_REQUIRED);
        }

        @Test
        void during_the_deletion_grace_window_a_support_ticket_reference_is_accepted() {
            assertThat(AccessPolicy.mayRead(aSupportEngineer().build(), tenant(TenantState.MARKED_FOR_DELETION),
                    Category.OPERATION, TICKET, NOW)).isEqualTo(Decision.ALLOWED);
        }

        @Test
        void a_purged_tenant_has_nothing_to_read() {
            Decision decision = AccessPolicy.mayRead(aSupportEngineer().build(), tenant(TenantState.PURGED),
                    Category.ACCOUNT, TICKET, NOW);

            assertThat(refusalOf(decision)).isEqualTo(RefusalReason.TENANT_PURGED);
            assertThat(((Decision.Refused) decision).message()).contains("purged").contains("deletion receipt");
        }

        @Test
        void refusal_messages_never_contain_the_client_key() {
            Decision decision = AccessPolicy.mayRead(aSupportEngineer().build(), tenant(TenantState.PURGED),
                    Category.ACCOUNT, TICKET, NOW);

            assertThat(((Decision.Refused) decision).message()).doesNotContain("c0ffee-client");
        }
    }

    @Nested
    class Approving_deletions {

        private final StaffMember requester = aSupportEngineer().build();

        @Test
        void a_privacy_officer_approves_a_deletion_requested_by_someone_else() {
            assertThat(AccessPolicy.mayApproveDeletion(aPrivacyOfficer().build(), requester.id(), NOW))
                    .isEqualTo(Decision.ALLOWED);
        }

        @Test
        void a_privacy_officer_may_not_approve_their_own_request() {
            StaffMember officer = aPrivacyOfficer().build();

            assertThat(refusalOf(AccessPolicy.mayApproveDeletion(officer, officer.id(), NOW)))
                    .isEqualTo(RefusalReason.SELF_APPROVAL);
        }

        @Test
        void only_a_privacy_officer_approves_deletions() {
            assertThat(refusalOf(AccessPolicy.mayApproveDeletion(aDeveloper().build(), requester.id(), NOW)))
                    .isEqualTo(RefusalReason.ROLE_NOT_AUTHORISED);
            assertThat(refusalOf(AccessPolicy.mayApproveDeletion(aSupportEngineer().build(), requester.id(), NOW)))
                    .isEqualTo(RefusalReason.ROLE_NOT_AUTHORISED);
        }

        @Test
        void a_disabled_privacy_officer_approves_nothing() {
            assertThat(refusalOf(AccessPolicy.mayApproveDeletion(aPrivacyOfficer().inactive().build(),
                    requester.id(), NOW))).isEqualTo(RefusalReason.STAFF_INACTIVE);
        }

        @Test
        void a_subcontracted_privacy_officer_approves_only_under_a_valid_contract() {
            StaffMember officer = aPrivacyOfficer().subcontractorUntil(LocalDate.of(2026, 2, 28)).build();

            assertThat(AccessPolicy.mayApproveDeletion(officer, requester.id(), Instant.parse("2026-02-28T12:00:00Z")))
                    .isEqualTo(Decision.ALLOWED);
            assertThat(refusalOf(AccessPolicy.mayApproveDeletion(officer, requester.id(), NOW)))
                    .isEqualTo(RefusalReason.CONTRACT_EXPIRED);
        }
    }

    @Nested
    class Managing_staff {

        @Test
        void an_active_privacy_officer_manages_staff() {
            assertThat(AccessPolicy.mayManageStaff(aPrivacyOfficer().build(), NOW)).isEqualTo(Decision.ALLOWED);
        }

        @Test
        void support_engineers_and_developers_do_not_manage_staff() {
            assertThat(refusalOf(AccessPolicy.mayManageStaff(aSupportEngineer().build(), NOW)))
                    .isEqualTo(RefusalReason.ROLE_NOT_AUTHORISED);
            assertThat(refusalOf(AccessPolicy.mayManageStaff(aDeveloper().build(), NOW)))
                    .isEqualTo(RefusalReason.ROLE_NOT_AUTHORISED);
        }

        @Test
        void a_disabled_privacy_officer_does_not_manage_staff() {
            assertThat(refusalOf(AccessPolicy.mayManageStaff(aPrivacyOfficer().inactive().build(), NOW)))
                    .isEqualTo(RefusalReason.STAFF_INACTIVE);
        }

        @Test
        void a_privacy_officer_whose_contract_ended_does_not_manage_staff() {
            StaffMember officer = aPrivacyOfficer().subcontractorUntil(LocalDate.of(2026, 2, 28)).build();

            assertThat(refusalOf(AccessPolicy.mayManageStaff(officer, NOW)))
                    .isEqualTo(RefusalReason.CONTRACT_EXPIRED);
        }
    }
}
