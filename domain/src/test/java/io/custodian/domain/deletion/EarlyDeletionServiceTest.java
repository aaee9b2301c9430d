package io.custodian.domain.deletion;

import io.custodian.domain.access.StaffId;
import io.custodian.domain.access.StaffMember;
import io.custodian.domain.access.StaffMemberBuilder;
import io.custodian.domain.datamap.Category;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.receipt.DeletionTrigger;
import io.custodian.domain.receipt.ReceiptCanonicalForm;
import io.custodian.domain.receipt.SignedReceipt;
import io.custodian.domain.retention.CustodyFixture;
import io.custodian.domain.retention.Items;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.EncryptedSecret;
import io.custodian.domain.tenant.InstallationRecord;
import io.custodian.domain.tenant.Tenants;
import io.custodian.domain.tenant.Transition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.custodian.domain.datamap.ItemKind.CONFIGURATION_DOCUMENT;
import static io.custodian.domain.datamap.ItemKind.INSTALLATION_RECORD;
import static io.custodian.domain.datamap.ItemKind.SYNC_RELATION;
import static io.custodian.domain.datamap.ItemKind.TWIN_TRACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EarlyDeletionServiceTest {

    private static final ClientKey ACME = new ClientKey("acme");
    private static final CustomerReference TICKET = new CustomerReference("SUP-1042");

    private final CustodyFixture custody = new CustodyFixture();

    @BeforeEach
    void installAcmeWithData() {
        custody.install("acme");
        custody.write("acme", SYNC_RELATION, "rel");
        custody.write("acme", TWIN_TRACE, "twin-1", "rel");
        custody.write("acme", TWIN_TRACE, "twin-2", "rel");
        custody.seed(Items.item("acme", CONFIGURATION_DOCUMENT, "config", custody.clock.instant()));
    }

    private DeletionRequest requested() {
        EarlyDeletionOutcome outcome = custody.earlyDeletion.request(
                new RequestEarlyDeletionCommand(custody.supportEngineer.id(), ACME, TICKET));
        return ((EarlyDeletionOutcome.Accepted) outcome).request();
    }

    private DeletionRequest approved() {
        DeletionRequest request = requested();
        return ((EarlyDeletionOutcome.Accepted) custody.earlyDeletion.approve(
                new ApproveEarlyDeletionCommand(custody.privacyOfficer.id(), request.id()))).request();
    }

    private EarlyDeletionOutcome execute(DeletionRequest request, StaffId executor) {
        return custody.earlyDeletion.execute(new ExecuteEarlyDeletionCommand(executor, request.id()));
    }

    private StaffMember hired(StaffMember member) {
        custody.staff.save(member);
        return member;
    }

    @Test
    void a_request_reports_what_would_be_deleted_per_category_and_kind_and_deletes_nothing() {
        DeletionRequest request = requested();

        assertThat(request.state()).isEqualTo(new RequestState.AwaitingApproval());
        assertThat(request.customerReference()).isEqualTo(TICKET);
        assertThat(request.requestedBy()).isEqualTo(custody.supportEngineer.id());
        assertThat(request.dryRun().perKind()).isEqualTo(Map.of(INSTALLATION_RECORD, 1L, SYNC_RELATION, 1L,
                TWIN_TRACE, 2L, CONFIGURATION_DOCUMENT, 1L));
        assertThat(request.dryRun().perCategory()).isEqualTo(Map.of(Category.ACCOUNT, 1L, Category.OPERATION, 3L,
                Category.CUSTOMER_UPLOADED, 1L));
        assertThat(custody.items.itemsOf(ACME)).hasSize(4);
        assertThat(custody.deletionRequests.find(request.id())).contains(request);
    }

    @Test
    void a_request_needs_the_customers_reference() {
        assertThatThrownBy(() -> new CustomerReference(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("customer's reference");
    }

    @Test
    void a_request_by_staff_outside_support_and_development_is_refused() {
        EarlyDeletionOutcome outcome = custody.earlyDeletion.request(
                new RequestEarlyDeletionCommand(custody.privacyOfficer.id(), ACME, TICKET));
        assertThat(outcome).isInstanceOfSatisfying(EarlyDeletionOutcome.Refused.class,
                refused -> assertThat(refused.refusal()).isEqualTo(EarlyDeletionRefusal.NOT_AUTHORISED));
        assertThat(custody.deletionRequests.open()).isEmpty();
    }

    @Test
    void a_request_by_a_disabled_account_or_unknown_staff_is_refused() {
        StaffMember disabled = hired(StaffMemberBuilder.aSupportEngineer().inactive().build());
        assertThat(custody.earlyDeletion.request(new RequestEarlyDeletionCommand(disabled.id(), ACME, TICKET)))
                .isInstanceOfSatisfying(EarlyDeletionOutcome.Refused.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(EarlyDeletionRefusal.NOT_AUTHORISED));
        assertThat(custody.earlyDeletion.request(new RequestEarlyDeletionCommand(new StaffId(UUID.randomUUID()),
                ACME, TICKET))).isInstanceOfSatisfying(EarlyDeletionOutcome.Refused.class,
                refused -> assertThat(refused.refusal()).isEqualTo(EarlyDeletionRefusal.UNKNOWN_STAFF));
    }

    @Test
    void a_request_for_an_unknown_tenant_or_a_second_open_request_is_refused() {
        assertThat(custody.earlyDeletion.request(new RequestEarlyDeletionCommand(custody.supportEngineer.id(),
                new ClientKey("nobody"), TICKET))).isInstanceOfSatisfying(EarlyDeletionOutcome.Refused.class,
                refused -> assertThat(refused.refusal()).isEqualTo(EarlyDeletionRefusal.UNKNOWN_TENANT));
        requested();
        assertThat(custody.earlyDeletion.request(new RequestEarlyDeletionCommand(custody.supportEngineer.id(),
                ACME, TICKET))).isInstanceOfSatisfying(EarlyDeletionOutcome.Refused.class,
                refused -> assertThat(refused.refusal()).isEqualTo(EarlyDeletionRefusal.ALREADY_REQUESTED));
    }

    @Test
    void a_request_for_a_tenant_pinned_elsewhere_is_refused() {
        custody.tenants.save(InstallationRecord.freshInstall(new ClientKey("abroad"), Tenants.account(),
                new EncryptedSecret(new byte[]{1}), Tenants.ELSEWHERE, custody.clock.instant()));
        assertThat(custody.earlyDeletion.request(new RequestEarlyDeletionCommand(custody.supportEngineer.id(),
                new ClientKey("abroad"), TICKET))).isInstanceOfSatisfying(EarlyDeletionOutcome.Refused.class,
                refused -> assertThat(refused.refusal()).isEqualTo(EarlyDeletionRefusal.PINNED_ELSEWHERE));
    }

    @Test
    void a_privacy_officer_other_than_the_requester_approves() {
        DeletionRequest request = requested();
        custody.clock.advance(Duration.ofHours(2));

        EarlyDeletionOutcome outcome = custody.earlyDeletion.approve(
                new ApproveEarlyDeletionCommand(custody.privacyOfficer.id(), request.id()));

        assertThat(outcome).isInstanceOfSatisfying(EarlyDeletionOutcome.Accepted.class, accepted ->
                assertThat(accepted.request().state()).isEqualTo(
                        new RequestState.Approved(custody.privacyOfficer.id(), custody.clock.instant())));
    }

    @Test
    void self_approval_is_refused() {
        StaffMember officerInSupport = hired(StaffMemberBuilder.aSupportEngineer()
                .role(io.custodian.domain.access.Role.PRIVACY_OFFICER).build());
        DeletionRequest request = ((EarlyDeletionOutcome.Accepted) custody.earlyDeletion.request(
                new RequestEarlyDeletionCommand(officerInSupport.id(), ACME, TICKET))).request();

        EarlyDeletionOutcome outcome = custody.earlyDeletion.approve(
                new ApproveEarlyDeletionCommand(officerInSupport.id(), request.id()));

        assertThat(outcome).isInstanceOfSatisfying(EarlyDeletionOutcome.Refused.class,
                refused -> assertThat(refused.refusal()).isEqualTo(EarlyDeletionRefusal.SELF_APPROVAL));
        assertThat(custody.deletionRequests.find(request.id()).orElseThrow().state())
                .isEqualTo(new RequestState.AwaitingApproval());
    }

    @Test
    void approval_by_someone_who_is_not_a_privacy_officer_is_refused() {
        DeletionRequest request = requested();
        StaffMember developer = hired(StaffMemberBuilder.aDeveloper().build());
        assertThat(custody.earlyDeletion.approve(new ApproveEarlyDeletionCommand(developer.id(), request.id())))
                .isInstanceOfSatisfying(EarlyDeletionOutcome.Refused.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(EarlyDeletionRefusal.NOT_AUTHORISED));
    }

    @Test
    void executing_purges_the_tenant_at_once_with_a_signed_receipt_naming_the_request() {
        DeletionRequest request = approved();
        custody.clock.advance(Duration.ofMinutes(5));

        EarlyDeletionOutcome outcome = execute(request, custody.privacyOfficer.id());

        assertThat(outcome).isInstanceOfSatisfying(EarlyDeletionOutcome.Executed.class, executed -> {
            SignedReceipt signed = executed.receipt();
            assertThat(signed.receipt().trigger())
                    .isEqualTo(new DeletionTrigger.EarlyDeletionRequest(request.id().toString()));
            assertThat(signed.receipt().deletedPerKind()).isEqualTo(request.dryRun().perKind());
            assertThat(signed.receipt().markedAt()).isEmpty();
            assertThat(signed.receipt().executedAt()).isEqualTo(custody.clock.instant());
            assertThat(custody.receiptVerifier.verify(ReceiptCanonicalForm.of(signed.receipt()), signed.signature())
                    .isValid()).isTrue();
            assertThat(executed.request().state()).isInstanceOfSatisfying(RequestState.Executed.class,
                    state -> assertThat(state.receipt()).isEqualTo(signed.receipt().id()));
            assertThat(custody.receiptArchive.find(signed.receipt().id())).contains(signed);
        });
        assertThat(custody.record("acme")).isEmpty();
        assertThat(custody.items.itemsOf(ACME)).isEmpty();
        assertThat(custody.cipher.hasKey(ACME)).isFalse();
    }

    @Test
    void a_marked_tenant_can_be_deleted_early_and_its_receipt_keeps_the_mark() {
        custody.uninstall("acme");
        DeletionRequest request = approved();
        EarlyDeletionOutcome outcome = execute(request, custody.supportEngineer.id());
        assertThat(outcome).isInstanceOfSatisfying(EarlyDeletionOutcome.Executed.class,
                executed -> assertThat(executed.receipt().receipt().markedAt()).isPresent());
    }

    @Test
    void executing_before_approval_is_refused_and_deletes_nothing() {
        DeletionRequest request = requested();
        assertThat(execute(request, custody.privacyOfficer.id()))
                .isInstanceOfSatisfying(EarlyDeletionOutcome.Refused.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(EarlyDeletionRefusal.WRONG_STATE));
        assertThat(custody.items.itemsOf(ACME)).hasSize(4);
    }

    @Test
    void executing_twice_is_refused_so_the_data_is_counted_in_one_receipt_only() {
        DeletionRequest request = approved();
        execute(request, custody.privacyOfficer.id());
        assertThat(execute(request, custody.privacyOfficer.id())).isInstanceOf(EarlyDeletionOutcome.Refused.class);
        assertThat(custody.receiptArchive.all()).hasSize(1);
    }

    @Test
    void a_request_can_be_cancelled_before_execution_and_then_not_executed() {
        DeletionRequest request = approved();

        EarlyDeletionOutcome cancelled = custody.earlyDeletion.cancel(
                new CancelEarlyDeletionCommand(custody.supportEngineer.id(), request.id(), "customer withdrew"));

        assertThat(cancelled).isInstanceOfSatisfying(EarlyDeletionOutcome.Accepted.class, accepted ->
                assertThat(accepted.request().state()).isInstanceOf(RequestState.Cancelled.class));
        assertThat(execute(request, custody.privacyOfficer.id())).isInstanceOfSatisfying(
                EarlyDeletionOutcome.Refused.class,
                refused -> assertThat(refused.refusal()).isEqualTo(EarlyDeletionRefusal.WRONG_STATE));
        assertThat(custody.record("acme")).isPresent();
        assertThat(custody.deletionRequests.open()).isEmpty();
    }

    @Test
    void an_executed_request_cannot_be_cancelled() {
        DeletionRequest request = approved();
        execute(request, custody.privacyOfficer.id());
        assertThat(custody.earlyDeletion.cancel(new CancelEarlyDeletionCommand(custody.privacyOfficer.id(),
                request.id(), "too late"))).isInstanceOfSatisfying(EarlyDeletionOutcome.Refused.class,
                refused -> assertThat(refused.refusal()).isEqualTo(EarlyDeletionRefusal.WRONG_STATE));
    }

    @Test
    void only_the_requester_or_a_privacy_officer_may_cancel() {
        DeletionRequest request = requested();
        StaffMember colleague = hired(StaffMemberBuilder.aSupportEngineer().build());
        assertThat(custody.earlyDeletion.cancel(new CancelEarlyDeletionCommand(colleague.id(), request.id(), "no")))
                .isInstanceOfSatisfying(EarlyDeletionOutcome.Refused.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(EarlyDeletionRefusal.NOT_AUTHORISED));
        assertThat(custody.earlyDeletion.cancel(new CancelEarlyDeletionCommand(custody.otherPrivacyOfficer.id(),
                request.id(), "duplicate request"))).isInstanceOf(EarlyDeletionOutcome.Accepted.class);
    }

    @Test
    void an_unknown_request_is_refused() {
        assertThat(custody.earlyDeletion.approve(new ApproveEarlyDeletionCommand(custody.privacyOfficer.id(),
                new DeletionRequestId(UUID.randomUUID())))).isInstanceOfSatisfying(EarlyDeletionOutcome.Refused.class,
                refused -> assertThat(refused.refusal()).isEqualTo(EarlyDeletionRefusal.UNKNOWN_REQUEST));
    }

    @Test
    void executing_after_the_sweep_already_purged_the_tenant_is_refused() {
        custody.uninstall("acme");
        DeletionRequest request = approved();
        custody.clock.advanceDays(180);
        custody.sweep();
        assertThat(execute(request, custody.privacyOfficer.id())).isInstanceOfSatisfying(
                EarlyDeletionOutcome.Refused.class,
                refused -> assertThat(refused.refusal()).isEqualTo(EarlyDeletionRefusal.UNKNOWN_TENANT));
        assertThat(custody.receiptArchive.all()).hasSize(1);
    }

    @Test
    void every_step_and_refusal_is_audited_without_the_client_key() {
        DeletionRequest request = approved();
        custody.earlyDeletion.approve(new ApproveEarlyDeletionCommand(custody.otherPrivacyOfficer.id(), request.id()));
        execute(request, custody.privacyOfficer.id());

        assertThat(custody.auditTrail.streamAll().map(entry -> entry.content().action().code()).toList())
                .containsSubsequence("deletion-request.create", "deletion-request.approve",
                        "deletion-request.approve", "tenant.purge", "deletion-request.execute");
        assertThat(custody.auditTrail.streamAll().map(entry -> entry.content().outcome().code()).toList())
                .contains("REFUSED");
        assertThat(custody.auditTrail.streamAll().map(entry -> entry.content().toString()))
                .noneMatch(text -> text.contains("acme"));
    }

    @Test
    void after_an_early_deletion_the_customer_can_install_afresh() {
        execute(approved(), custody.privacyOfficer.id());
        assertThat(custody.lifecycle.install(Tenants.install("acme"))).isInstanceOfSatisfying(Transition.Applied.class,
                applied -> assertThat(applied.before()).isEqualTo(Optional.empty()));
        assertThat(custody.items.itemsOf(ACME)).isEmpty();
    }

    @Test
    void the_dry_run_counts_only_positive_kinds() {
        DryRunReport report = new DryRunReport(custody.clock.instant(), Map.of(ItemKind.USAGE_EVENT, 0L,
                ItemKind.INSTALLATION_RECORD, 1L));
        assertThat(report.perKind()).containsOnlyKeys(ItemKind.INSTALLATION_RECORD);
        assertThat(report.total()).isEqualTo(1);
    }
}
