package io.custodian.domain.custody;

import io.custodian.domain.access.StaffId;
import io.custodian.domain.receipt.ReceiptId;
import io.custodian.domain.receipt.SignedReceipt;

/**
 * In-port: the deletion receipts, for staff in service (a receipt names its tenant only by pseudonym; reading it is
 * not audited), and the public key that verifies them, for anyone.
 */
public interface BrowseReceiptsUseCase {

    CustodyOutcome<Page<SignedReceipt>> page(StaffId staff, PageRequest page);

    /** The receipt with its canonical form and signature check; {@link CustodyOutcome.NotFound} when not kept. */
    CustodyOutcome<ReceiptDocument> find(StaffId staff, ReceiptId id);

    /** The key receipts are currently signed with. Public: an auditor needs no account to verify a receipt. */
    ReceiptPublicKey publicKey();
}
