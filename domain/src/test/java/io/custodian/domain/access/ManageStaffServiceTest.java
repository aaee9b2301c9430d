package io.custodian.domain.access;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static io.custodian.domain.access.StaffMemberBuilder.aDeveloper;
import static io.custodian.domain.access.StaffMemberBuilder.aPrivacyOfficer;
import static io.custodian.domain.access.StaffMemberBuilder.aSupportEngineer;
import static org.assertj.core.api.Assertions.assertThat;

class ManageStaffServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private final StaffMember officer = aPrivacyOfficer().login("officer").build();
    private final StaffMember engineer = aSupportEngineer().login("engineer").build();
    private final StaffMember subcontractor = aDeveloper().login("contractor")
            .subcontractorUntil(LocalDate.of(2026, 6, 30)).build();
    private final InMemoryStaffDirectory directory = InMemoryStaffDirectory.with(officer, engineer, subcontractor);
    private final RecordingAccessLog log = new RecordingAccessLog();
    private final AtomicLong ids = new AtomicLong(1000);
    private final ManageStaffService service = new ManageStaffService(directory, log, InstantSource.fixed(NOW),
            () -> new StaffId(new UUID(0, ids.getAndIncrement())));

    private static RefusalReason rejection(StaffChangeResult result) {
        assertThat(result).isInstanceOf(StaffChangeResult.Rejected.class);
        return ((StaffChangeResult.Rejected) result).refusal().reason();
    }

    private AddStaffCommand addSubcontractor(StaffId actor, String login) {
        return new AddStaffCommand(actor, "New Person", new LoginName(login),
                new Affiliation.Subcontractor(LocalDate.of(2026, 12, 31)), Team.DEVELOPMENT, Role.DEVELOPER);
    }

    @Test
    void a_privacy_officer_adds_an_active_account_with_a_new_id() {
        StaffChangeResult result = service.add(addSubcontractor(officer.id(), "new.person"));

        StaffMember expected = new StaffMember(new StaffId(new UUID(0, 1000)), "New Person",
                new LoginName("new.person"), new Affiliation.Subcontractor(LocalDate.of(2026, 12, 31)),
                Team.DEVELOPMENT, Role.DEVELOPER, true);
        assertThat(result).isEqualTo(new StaffChangeResult.Applied(expected));
        assertThat(directory.findByLogin(new LoginName("new.person"))).contains(expected);
    }

    @Test
    void adding_an_account_is_logged_with_the_new_account_as_subject() {
        service.add(addSubcontractor(officer.id(), "new.person"));

        assertThat(log.last()).isEqualTo(AccessEvent.staffChange(officer.id(), AccessAction.ADD_STAFF,
                Optional.of(new StaffId(new UUID(0, 1000))), NOW, Decision.ALLOWED));
    }

    @Test
    void a_support_engineer_may_not_add_accounts_and_the_attempt_is_logged() {
        StaffChangeResult result = service.add(addSubcontractor(engineer.id(), "new.person"));

        assertThat(rejection(result)).isEqualTo(RefusalReason.ROLE_NOT_AUTHORISED);
        assertThat(directory.findByLogin(new LoginName("new.person"))).isEmpty();
        assertThat(log.last().decision()).isInstanceOf(Decision.Refused.class);
        assertThat(log.last().subjectStaff()).isEmpty();
    }

    @Test
    void an_unknown_actor_changes_nothing() {
        StaffId stranger = aPrivacyOfficer().build().id();

        assertThat(rejection(service.add(addSubcontractor(stranger, "x")))).isEqualTo(RefusalReason.UNKNOWN_STAFF);
        assertThat(rejection(service.disable(new DisableStaffCommand(stranger, engineer.id()))))
                .isEqualTo(RefusalReason.UNKNOWN_STAFF);
        assertThat(directory.findById(engineer.id())).contains(engineer);
    }

    @Test
    void a_login_already_in_use_is_rejected() {
        assertThat(rejection(service.add(addSubcontractor(officer.id(), "ENGINEER"))))
                .isEqualTo(RefusalReason.LOGIN_TAKEN);
        assertThat(directory.list()).hasSize(3);
    }

    @Test
    void a_privacy_officer_disables_an_account_which_then_may_read_nothing() {
        StaffChangeResult result = service.disable(new DisableStaffCommand(officer.id(), engineer.id()));

        assertThat(result).isEqualTo(new StaffChangeResult.Applied(engineer.disabled()));
        assertThat(directory.findById(engineer.id()).orElseThrow().active()).isFalse();
        assertThat(log.last()).isEqualTo(AccessEvent.staffChange(officer.id(), AccessAction.DISABLE_STAFF,
                Optional.of(engineer.id()), NOW, Decision.ALLOWED));
    }

    @Test
    void nobody_disables_their_own_account() {
        assertThat(rejection(service.disable(new DisableStaffCommand(officer.id(), officer.id()))))
                .isEqualTo(RefusalReason.SELF_MANAGEMENT);
        assertThat(directory.findById(officer.id()).orElseThrow().active()).isTrue();
    }

    @Test
    void disabling_an_unknown_account_is_rejected() {
        StaffId unknown = aSupportEngineer().build().id();

        assertThat(rejection(service.disable(new DisableStaffCommand(officer.id(), unknown))))
                .isEqualTo(RefusalReason.UNKNOWN_STAFF);
        assertThat(log.last().subjectStaff()).contains(unknown);
    }

    @Test
    void a_developer_may_not_disable_accounts() {
        assertThat(rejection(service.disable(new DisableStaffCommand(subcontractor.id(), engineer.id()))))
                .isEqualTo(RefusalReason.ROLE_NOT_AUTHORISED);
        assertThat(directory.findById(engineer.id())).contains(engineer);
    }

    @Test
    void a_privacy_officer_extends_a_subcontractors_contract() {
        LocalDate extended = LocalDate.of(2027, 6, 30);

        StaffChangeResult result = service.setContract(
                new SetContractCommand(officer.id(), subcontractor.id(), extended));

        StaffMember expected = subcontractor.withAffiliation(new Affiliation.Subcontractor(extended));
        assertThat(result).isEqualTo(new StaffChangeResult.Applied(expected));
        assertThat(directory.findById(subcontractor.id())).contains(expected);
        assertThat(log.last().action()).isEqualTo(AccessAction.SET_CONTRACT);
    }

    @Test
    void an_ended_contract_set_by_a_privacy_officer_stops_reads_from_the_next_day() {
        service.setContract(new SetContractCommand(officer.id(), subcontractor.id(), LocalDate.of(2026, 2, 28)));

        StaffMember updated = directory.findById(subcontractor.id()).orElseThrow();
        assertThat(updated.isInServiceAt(NOW)).isFalse();
    }

    @Test
    void a_contract_is_set_only_on_a_subcontractor() {
        assertThat(rejection(service.setContract(
                new SetContractCommand(officer.id(), engineer.id(), LocalDate.of(2027, 1, 1)))))
                .isEqualTo(RefusalReason.NOT_A_SUBCONTRACTOR);
        assertThat(directory.findById(engineer.id())).contains(engineer);
    }

    @Test
    void a_subcontracted_privacy_officer_may_not_extend_their_own_contract() {
        StaffMember contractedOfficer = aPrivacyOfficer().login("contracted.officer")
                .subcontractorUntil(LocalDate.of(2026, 3, 31)).build();
        directory.save(contractedOfficer);

        assertThat(rejection(service.setContract(new SetContractCommand(contractedOfficer.id(),
                contractedOfficer.id(), LocalDate.of(2030, 1, 1))))).isEqualTo(RefusalReason.SELF_MANAGEMENT);
        assertThat(directory.findById(contractedOfficer.id())).contains(contractedOfficer);
    }

    @Test
    void a_privacy_officer_whose_contract_ended_manages_nobody() {
        StaffMember lapsedOfficer = aPrivacyOfficer().login("lapsed.officer")
                .subcontractorUntil(LocalDate.of(2026, 2, 1)).build();
        directory.save(lapsedOfficer);

        assertThat(rejection(service.disable(new DisableStaffCommand(lapsedOfficer.id(), engineer.id()))))
                .isEqualTo(RefusalReason.CONTRACT_EXPIRED);
    }

    @Test
    void every_attempt_is_logged_once() {
        service.add(addSubcontractor(officer.id(), "a"));
        service.add(addSubcontractor(engineer.id(), "b"));
        service.disable(new DisableStaffCommand(officer.id(), officer.id()));
        service.setContract(new SetContractCommand(officer.id(), subcontractor.id(), LocalDate.of(2027, 1, 1)));

        assertThat(log.events()).hasSize(4);
    }
}
