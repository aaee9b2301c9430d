package io.custodian.domain.custody;

import io.custodian.domain.access.Purpose;
import io.custodian.domain.access.RefusalReason;
import io.custodian.domain.access.StaffId;
import io.custodian.domain.audit.AuditEntry;
import io.custodian.domain.datamap.Category;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.retention.DeletionCause;
import io.custodian.domain.retention.Items;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.LicenseState;
import io.custodian.domain.tenant.TenantState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import static io.custodian.domain.datamap.ItemKind.CONFIGURATION_DOCUMENT;
import static io.custodian.domain.datamap.ItemKind.SYNC_RELATION;
import static io.custodian.domain.datamap.ItemKind.TWIN_TRACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TenantCustodyServiceTest {

    private static final ClientKey ACME = new ClientKey("acme");
    private static final Optional<Purpose> TICKET = Optional.of(new Purpose.SupportTicket("SUP-1042"));
    private static final Optional<Purpose> REASON = Optional.of(new Purpose.FreeText("sync stopped, checking relations"));

    private final CustodyQueriesFixture fixture = new CustodyQueriesFixture();
    private Instant installedAt;

    @BeforeEach
    void installAcmeWithData() {
        installedAt = fixture.custody.clock.instant();
        fixture.custody.install("acme");
        fixture.custody.write("acme", SYNC_RELATION, "rel");
        fixture.custody.write("acme", TWIN_TRACE, "twin-1", "rel");
        fixture.custody.write("acme", TWIN_TRACE, "twin-2", "rel");
        fixture.custody.seed(Items.item("acme", CONFIGURATION_DOCUMENT, "config", installedAt));
        fixture.licenses.save(ACME, new LicenseState(true, installedAt));
        fixture.observed.clear();
    }

    private StaffId support() {
        return fixture.custody.supportEngineer.id();
    }

    private CustodyOutcome<TenantDetail> view(StaffId staff, Optional<Purpose> purpose) {
        return fixture.tenants.view(new ViewTenantQuery(staff, ACME, purpose));
    }

    @Test
    void the_detail_shows_account_data_state_license_inventory_and_deadlines() {
        TenantDetail detail = ((CustodyOutcome.Shown<TenantDetail>) view(support(), REASON)).value();

        assertThat(detail.clientKey()).isEqualTo(ACME);
        assertThat(detail.state()).isEqualTo(TenantState.ACTIVE);
        assertThat(detail.account().baseUrl()).hasToString("https://acme.atlassian.net");
        assertThat(detail.license()).contains(new LicenseState(true, installedAt));
        assertThat(detail.purgeDeadline()).isEmpty();
        assertThat(detail.kinds()).hasSize(ItemKind.values().length);
        assertThat(detail.kinds()).filteredOn(kind -> kind.kind() == TWIN_TRACE).singleElement()
                .satisfies(twins -> {
                    assertThat(twins.items()).isEqualTo(2);
                    assertThat(twins.nextDeletionAt()).contains(installedAt.plus(fixture.custody.settings.operationMaxIdle()));
                    assertThat(twins.nextDeletionCause()).contains(DeletionCause.PARENT_DELETED);
                });
        assertThat(detail.kinds()).filteredOn(kind -> kind.kind() == ItemKind.INSTALLATION_RECORD).singleElement()
                .satisfies(record -> {
                    assertThat(record.items()).isEqualTo(1);
                    assertThat(record.nextDeletionAt()).isEmpty();
                });
        assertThat(detail.totalItems()).isEqualTo(5);
        assertThat(detail.categories()).extracting(CategoryInventory::category).containsExactly(Category.values());
        assertThat(detail.categories()).filteredOn(category -> category.category() == Category.OPERATION)
                .singleElement().satisfies(operation -> {
                    assertThat(operation.items()).isEqualTo(3);
                    assertThat(operation.allDeletedBy()).contains(installedAt.plus(fixture.custody.settings.operationMaxIdle()));
                });
        assertThat(detail.categories()).filteredOn(category -> category.category() == Category.CUSTOMER_UPLOADED)
                .singleElement().satisfies(uploaded -> {
                    assertThat(uploaded.items()).isEqualTo(1);
                    assertThat(uploaded.nextDeletionAt()).isEmpty();
                    assertThat(uploaded.allDeletedBy()).isEmpty();
                });
    }

    @Test
    void a_read_and_its_audit_entry_share_one_transaction() {
        int before = fixture.custody.transactions.started();

        view(support(), TICKET);

        int transaction = before + 1;
        assertThat(fixture.custody.transactions.started()).isEqualTo(transaction);
        assertThat(fixture.observed).containsExactly("audit inside#" + transaction, "read inside#" + transaction);
        AuditEntry entry = fixture.audit().getLast();
        assertThat(entry.content().action().code()).isEqualTo("tenant-data.read");
        assertThat(entry.content().tenant()).contains(fixture.pseudonymiser.pseudonymise(ACME));
        assertThat(entry.content().purpose()).isEqualTo(TICKET);
        assertThat(entry.content().outcome().code()).isEqualTo("ALLOWED");
    }

    @Test
    void without_a_purpose_the_read_is_refused_audited_and_nothing_is_read() {
        CustodyOutcome<TenantDetail> outcome = view(support(), Optional.empty());

        assertThat(outcome).isInstanceOfSatisfying(CustodyOutcome.Refused.class,
                refused -> assertThat(refused.refusal().reason()).isEqualTo(RefusalReason.PURPOSE_MISSING));
        assertThat(fixture.observed).singleElement().asString().startsWith("audit inside");
        assertThat(fixture.audit().getLast().content().outcome().reason()).hasValueSatisfying(
                reason -> assertThat(reason).startsWith("PURPOSE_MISSING"));
    }

    @Test
    void a_subcontractor_whose_contract_ended_is_refused_and_audited() {
        CustodyOutcome<TenantDetail> outcome = view(fixture.endedSubcontractor.id(), TICKET);

        assertThat(outcome).isInstanceOfSatisfying(CustodyOutcome.Refused.class,
                refused -> assertThat(refused.refusal().reason()).isEqualTo(RefusalReason.CONTRACT_EXPIRED));
        assertThat(fixture.audit().getLast().content().outcome().code()).isEqualTo("REFUSED");
    }

    @Test
    void a_privacy_officer_outside_support_and_development_reads_no_tenant_data() {
        assertThat(view(fixture.custody.privacyOfficer.id(), TICKET)).isInstanceOfSatisfying(CustodyOutcome.Refused.class,
                refused -> assertThat(refused.refusal().reason()).isEqualTo(RefusalReason.TEAM_NOT_AUTHORISED));
    }

    @Test
    void a_tenant_marked_for_deletion_is_read_only_for_a_support_ticket() {
        fixture.custody.uninstall("acme");

        assertThat(view(support(), REASON)).isInstanceOfSatisfying(CustodyOutcome.Refused.class,
                refused -> assertThat(refused.refusal().reason()).isEqualTo(RefusalReason.SUPPORT_TICKET_REQUIRED));
        TenantDetail detail = ((CustodyOutcome.Shown<TenantDetail>) view(support(), TICKET)).value();
        assertThat(detail.state()).isEqualTo(TenantState.MARKED_FOR_DELETION);
        assertThat(detail.purgeDeadline()).contains(fixture.custody.clock.instant().plus(fixture.custody.settings.uninstallGrace()));
        assertThat(detail.kinds()).filteredOn(kind -> kind.kind() == ItemKind.INSTALLATION_RECORD).singleElement()
                .satisfies(record -> assertThat(record.nextDeletionCause()).contains(DeletionCause.PURGE_DEADLINE));
    }

    @Test
    void an_unknown_client_key_is_not_found_only_for_staff_who_would_be_allowed() {
        ViewTenantQuery unknownWithPurpose = new ViewTenantQuery(support(), new ClientKey("nobody"), TICKET);
        ViewTenantQuery unknownWithoutPurpose = new ViewTenantQuery(support(), new ClientKey("nobody"), Optional.empty());

        assertThat(fixture.tenants.view(unknownWithPurpose)).isInstanceOf(CustodyOutcome.NotFound.class);
        assertThat(fixture.tenants.view(unknownWithoutPurpose)).isInstanceOf(CustodyOutcome.Refused.class);
        assertThat(fixture.audit()).hasSize(2).allSatisfy(entry ->
                assertThat(entry.content().outcome().code()).isEqualTo("REFUSED"));
    }

    @Test
    void the_forecast_lists_what_is_deleted_when_with_overdue_items_on_the_first_day() {
        fixture.custody.clock.advanceDays(31);
        fixture.custody.write("acme", SYNC_RELATION, "rel-2");

        TenantForecast forecast = ((CustodyOutcome.Shown<TenantForecast>) fixture.tenants.forecast(
                new ForecastTenantQuery(support(), ACME, TICKET, 31))).value();

        LocalDate today = LocalDate.ofInstant(fixture.custody.clock.instant(), ZoneOffset.UTC);
        assertThat(forecast.lines()).extracting(TenantForecast.Line::day, TenantForecast.Line::kind,
                        TenantForecast.Line::cause, TenantForecast.Line::items)
                .containsExactly(
                        tuple(today, SYNC_RELATION, DeletionCause.MAX_IDLE, 1L),
                        tuple(today, TWIN_TRACE, DeletionCause.PARENT_DELETED, 2L),
                        tuple(today.plusDays(30), SYNC_RELATION, DeletionCause.MAX_IDLE, 1L));
        assertThat(forecast.until()).isEqualTo(forecast.from().plus(Duration.ofDays(31)));
        assertThat(forecast.totalItems()).isEqualTo(4);
    }

    @Test
    void the_forecast_is_authorised_and_audited_like_the_detail() {
        CustodyOutcome<TenantForecast> refused = fixture.tenants.forecast(
                new ForecastTenantQuery(fixture.disabled.id(), ACME, TICKET, 30));

        assertThat(refused).isInstanceOfSatisfying(CustodyOutcome.Refused.class,
                outcome -> assertThat(outcome.refusal().reason()).isEqualTo(RefusalReason.STAFF_INACTIVE));
        assertThat(fixture.audit()).singleElement().satisfies(entry ->
                assertThat(entry.content().action().code()).isEqualTo("tenant-data.read"));
    }

    @Test
    void support_and_development_staff_list_tenants_and_each_listing_is_audited() {
        fixture.custody.install("globex");

        CustodyOutcome<Page<TenantSummary>> listed = fixture.tenants.list(new ListTenantsQuery(
                fixture.developer.id(), Optional.empty(), Optional.empty(), PageRequest.first(10)));
        CustodyOutcome<Page<TenantSummary>> refused = fixture.tenants.list(new ListTenantsQuery(
                fixture.custody.privacyOfficer.id(), Optional.empty(), Optional.empty(), PageRequest.first(10)));

        assertThat(((CustodyOutcome.Shown<Page<TenantSummary>>) listed).value().items())
                .extracting(summary -> summary.clientKey().value()).containsExactly("acme", "globex");
        assertThat(refused).isInstanceOfSatisfying(CustodyOutcome.Refused.class,
                outcome -> assertThat(outcome.refusal().reason()).isEqualTo(RefusalReason.TEAM_NOT_AUTHORISED));
        assertThat(fixture.audit()).extracting(entry -> entry.content().action().code() + " "
                + entry.content().outcome().code()).containsExactly("tenant.list ALLOWED", "tenant.list REFUSED");
    }
}
