package io.custodian.web.staff;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import io.custodian.domain.access.StaffMember;
import io.custodian.domain.custody.ListTicketQueueQuery;
import io.custodian.domain.custody.TicketReadQuery;
import io.custodian.domain.support.DownloadBundleUseCase;
import io.custodian.domain.support.TicketId;
import io.custodian.domain.support.TicketStatus;
import io.custodian.domain.tenant.ClientKey;

/**
 * The support desk: the queue ({@code GET /tickets?status=&tenant=&page=&size=}: ticket metadata, no report; audited),
 * one ticket with its problem report and a ticket's support bundle ({@code GET /tickets/{id}},
 * {@code GET /tickets/{id}/bundle}: reads of the tenant's Support Data, with a purpose, authorised and audited in the
 * read's transaction), and resolving a ticket ({@code POST /tickets/{id}/resolve}). The bundle is streamed as
 * {@code application/zip}; its download is recorded under the id in {@value #DOWNLOAD_ID_HEADER}, under which the
 * client files its copy and later acknowledges the wipe ({@code POST /downloads/{id}/wiped}).
 */
final class TicketsHttpService extends StaffHttpService {

    static final String DOWNLOAD_ID_HEADER = "X-Custodian-Download-Id";
    static final String SHA256_HEADER = "X-Custodian-Bundle-Sha256";

    private final StaffUseCases useCases;

    TicketsHttpService(StaffAuthentication authentication, StaffUseCases useCases) {
        super(authentication);
        this.useCases = Objects.requireNonNull(useCases, "useCases");
    }

    @Override
    void routes(Routes routes) {
        routes.staff(StaffEndpoint.LIST_TICKETS, this::list)
                .staff(StaffEndpoint.VIEW_TICKET, this::view)
                .staff(StaffEndpoint.RESOLVE_TICKET, this::resolve)
                .staff(StaffEndpoint.TICKET_BUNDLE, this::bundle);
    }

    private void list(StaffMember staff, ServerRequest req, ServerResponse res) {
        var query = new ListTicketQueueQuery(staff.id(), QueryParams.enumValue(req, "status", TicketStatus.class),
                QueryParams.typed(req, "tenant", ClientKey::new), QueryParams.page(req));
        res.send(StaffJson.PageBody.of(StaffRefusals.shown(useCases.ticketQueue().list(query), "not_found"),
                StaffJson.TicketLine::of));
    }

    private void view(StaffMember staff, ServerRequest req, ServerResponse res) {
        var ticket = useCases.viewTicket().view(read(staff, req));
        res.send(StaffJson.Ticket.of(StaffRefusals.shown(ticket, "ticket_not_found")));
    }

    private void resolve(StaffMember staff, ServerRequest req, ServerResponse res) {
        TicketId ticket = QueryParams.path(req, "id", TicketId::new);
        res.send(StaffJson.TicketLine.of(StaffRefusals.shown(useCases.resolveTicket().resolve(staff.id(), ticket),
                "ticket_not_found")));
    }

    private void bundle(StaffMember staff, ServerRequest req, ServerResponse res) throws IOException {
        DownloadBundleUseCase.Downloaded downloaded = StaffRefusals.shown(useCases.fetchBundle().fetch(read(staff, req)),
                "bundle_not_found");
        byte[] bytes = downloaded.bundle().bytes();
        res.header(HeaderValues.create(HeaderNames.CONTENT_TYPE, "application/zip"));
        res.header(HeaderValues.create(HeaderNames.CONTENT_DISPOSITION,
                "attachment; filename=\"" + downloaded.fileName() + "\""));
        res.header(HeaderValues.create(DOWNLOAD_ID_HEADER, downloaded.download().id().toString()));
        res.header(HeaderValues.create(SHA256_HEADER, downloaded.download().bundleSha256()));
        try (OutputStream out = res.outputStream()) {
            out.write(bytes);
        }
    }

    private static TicketReadQuery read(StaffMember staff, ServerRequest req) {
        return new TicketReadQuery(staff.id(), QueryParams.path(req, "id", TicketId::new), Purposes.of(req));
    }
}
