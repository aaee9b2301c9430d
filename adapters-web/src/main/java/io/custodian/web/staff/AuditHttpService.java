package io.custodian.web.staff;

import java.util.Objects;

import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import io.custodian.domain.access.StaffId;
import io.custodian.domain.access.StaffMember;
import io.custodian.domain.audit.VerifyAuditChainCommand;
import io.custodian.domain.custody.BrowseAuditLogQuery;
import io.custodian.domain.tenant.ClientKey;

/**
 * The audit log: {@code GET /audit?page=&size=&tenant=&staff=} in chain order (ascending sequence; {@code tenant} is a
 * client key, matched through its pseudonym; {@code staff} a staff id), and {@code GET /audit/verification}, which
 * re-verifies the whole hash chain and reports it intact or broken at a sequence number.
 */
final class AuditHttpService extends StaffHttpService {

    private final StaffUseCases useCases;

    AuditHttpService(StaffAuthentication authentication, StaffUseCases useCases) {
        super(authentication);
        this.useCases = Objects.requireNonNull(useCases, "useCases");
    }

    @Override
    void routes(Routes routes) {
        routes.staff(StaffEndpoint.LIST_AUDIT, this::list)
                .staff(StaffEndpoint.VERIFY_AUDIT, this::verify);
    }

    private void list(StaffMember staff, ServerRequest req, ServerResponse res) {
        var query = new BrowseAuditLogQuery(staff.id(), QueryParams.typed(req, "tenant", ClientKey::new),
                QueryParams.typed(req, "staff", StaffId::parse), QueryParams.page(req));
        res.send(StaffJson.PageBody.of(StaffRefusals.shown(useCases.auditLog().browse(query), "not_found"),
                StaffJson.AuditLine::of));
    }

    private void verify(StaffMember staff, ServerRequest req, ServerResponse res) {
        res.send(StaffJson.AuditVerification.of(
                useCases.verifyAuditChain().verify(VerifyAuditChainCommand.withoutAnchors())));
    }
}
