package io.custodian.web.staff;

import java.util.Objects;

import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import io.custodian.domain.access.StaffMember;
import io.custodian.domain.custody.BrowseReceiptsUseCase;
import io.custodian.domain.receipt.ReceiptId;

/**
 * Deletion receipts: the list ({@code GET /receipts?page=&size=}, oldest first) and one receipt in its signed form
 * ({@code GET /receipts/{id}}: the canonical bytes that were signed, the signature, key id and algorithm, and this
 * server's check of it), for signed-in staff. The public key ({@code GET /receipts/public-key}, PEM and key id) is
 * public: an auditor or a customer verifies a receipt without a staff account, and a public key reveals nothing.
 */
final class ReceiptsHttpService extends StaffHttpService {

    private final BrowseReceiptsUseCase receipts;

    ReceiptsHttpService(StaffAuthentication authentication, BrowseReceiptsUseCase receipts) {
        super(authentication);
        this.receipts = Objects.requireNonNull(receipts, "receipts");
    }

    @Override
    void routes(Routes routes) {
        routes.open(StaffEndpoint.RECEIPT_PUBLIC_KEY, this::publicKey)
                .staff(StaffEndpoint.LIST_RECEIPTS, this::list)
                .staff(StaffEndpoint.VIEW_RECEIPT, this::view);
    }

    private void publicKey(ServerRequest req, ServerResponse res) {
        res.send(StaffJson.PublicKey.of(receipts.publicKey()));
    }

    private void list(StaffMember staff, ServerRequest req, ServerResponse res) {
        var page = receipts.page(staff.id(), QueryParams.page(req));
        res.send(StaffJson.PageBody.of(StaffRefusals.shown(page, "not_found"), StaffJson.Receipt::of));
    }

    private void view(StaffMember staff, ServerRequest req, ServerResponse res) {
        ReceiptId id = QueryParams.path(req, "id", ReceiptId::parse);
        res.send(StaffJson.SignedReceiptBody.of(StaffRefusals.shown(receipts.find(staff.id(), id),
                "receipt_not_found")));
    }
}
