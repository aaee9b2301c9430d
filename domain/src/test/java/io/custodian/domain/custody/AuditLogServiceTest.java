package io.custodian.domain.custody;

import io.custodian.domain.access.Purpose;
import io.custodian.domain.access.RefusalReason;
import io.custodian.domain.audit.AuditEntry;
import io.custodian.domain.tenant.ClientKey;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AuditLogServiceTest {

    private final CustodyQueriesFixture fixture = new CustodyQueriesFixture();

    @Test
    void filters_by_client_key_through_its_pseudonym_and_by_staff() {
        fixture.custody.install("acme");
        fixture.custody.install("globex");
        var ticket = Optional.<Purpose>of(new Purpose.SupportTicket("SUP-1"));
        fixture.tenants.view(new ViewTenantQuery(fixture.custody.supportEngineer.id(), new ClientKey("acme"), ticket));
        fixture.tenants.view(new ViewTenantQuery(fixture.developer.id(), new ClientKey("globex"), ticket));
        fixture.tenants.view(new ViewTenantQuery(fixture.developer.id(), new ClientKey("acme"), ticket));

        Page<AuditEntry> acme = shown(new BrowseAuditLogQuery(fixture.developer.id(),
                Optional.of(new ClientKey("acme")), Optional.empty(), PageRequest.first(50)));
        Page<AuditEntry> byDeveloper = shown(new BrowseAuditLogQuery(fixture.developer.id(), Optional.empty(),
                Optional.of(fixture.developer.id()), PageRequest.first(50)));

        assertThat(acme.items()).hasSize(2).allSatisfy(entry -> assertThat(entry.content().tenant())
                .contains(fixture.pseudonymiser.pseudonymise(new ClientKey("acme"))));
        assertThat(byDeveloper.items()).hasSize(2);
        assertThat(byDeveloper.total()).isEqualTo(2);
    }

    @Test
    void staff_out_of_service_do_not_read_the_audit_log() {
        CustodyOutcome<Page<AuditEntry>> outcome = fixture.auditLog.browse(new BrowseAuditLogQuery(
                fixture.endedSubcontractor.id(), Optional.empty(), Optional.empty(), PageRequest.first(10)));

        assertThat(outcome).isInstanceOfSatisfying(CustodyOutcome.Refused.class,
                refused -> assertThat(refused.refusal().reason()).isEqualTo(RefusalReason.CONTRACT_EXPIRED));
    }

    private Page<AuditEntry> shown(BrowseAuditLogQuery query) {
        return ((CustodyOutcome.Shown<Page<AuditEntry>>) fixture.auditLog.browse(query)).value();
    }
}
