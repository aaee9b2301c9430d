package io.custodian.web.staff;

import java.util.Objects;
import java.util.Optional;

import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import io.custodian.domain.access.StaffMember;
import io.custodian.domain.custody.Page;
import io.custodian.domain.support.AcknowledgeWipeCommand;
import io.custodian.domain.support.AcknowledgeWipeUseCase;
import io.custodian.domain.support.BundleDownload;
import io.custodian.domain.support.BundleDownloads;
import io.custodian.domain.support.DownloadId;
import io.custodian.domain.support.PurgedDownloadsQuery;
import io.custodian.web.http.ApiException;

/**
 * The signed-in staff member's downloaded bundles that the server has since deleted ({@code GET /downloads/purged},
 * oldest first: the client wipes its copies of these), and the acknowledgement of a wipe
 * ({@code POST /downloads/{id}/wiped}; only the downloader; acknowledging again is harmless; audited by the desk). The
 * purged list holds at most the oldest {@value BundleDownloads#MAX_LIMIT}: acknowledging wipes makes room.
 */
final class DownloadsHttpService extends StaffHttpService {

    private final StaffUseCases useCases;

    DownloadsHttpService(StaffAuthentication authentication, StaffUseCases useCases) {
        super(authentication);
        this.useCases = Objects.requireNonNull(useCases, "useCases");
    }

    @Override
    void routes(Routes routes) {
        routes.staff(StaffEndpoint.PURGED_DOWNLOADS, this::purged)
                .staff(StaffEndpoint.ACKNOWLEDGE_WIPE, this::wiped);
    }

    private void purged(StaffMember staff, ServerRequest req, ServerResponse res) {
        var page = QueryParams.page(req);
        var purged = useCases.purgedDownloads().purged(new PurgedDownloadsQuery(Optional.of(staff.id()),
                BundleDownloads.MAX_LIMIT));
        res.send(StaffJson.PageBody.of(Page.of(purged, page), StaffJson.Download::of));
    }

    private void wiped(StaffMember staff, ServerRequest req, ServerResponse res) {
        DownloadId id = QueryParams.path(req, "id", DownloadId::parse);
        BundleDownload download = switch (useCases.acknowledgeWipe().acknowledge(new AcknowledgeWipeCommand(id, staff.id()))) {
            case AcknowledgeWipeUseCase.Acknowledged acknowledged -> acknowledged.download();
            case AcknowledgeWipeUseCase.AlreadyAcknowledged already -> already.download();
            case AcknowledgeWipeUseCase.NotDownloader notDownloader -> throw new ApiException(403, "not_downloader",
                    "Only the staff member who downloaded a bundle acknowledges the wipe of their copy");
            case AcknowledgeWipeUseCase.NotFound notFound -> throw new ApiException(404, "download_not_found",
                    "No bundle download " + id);
        };
        res.send(StaffJson.Download.of(download));
    }
}
