package io.custodian.domain.custody;

import io.custodian.domain.receipt.SignedReceipt;

/** Out-port: the kept deletion receipts, paged for staff (a read model over the receipt archive). */
public interface ReceiptIndex {

    /** Receipts oldest execution first, ties by receipt id: the order of {@code ReceiptArchive.all()}. */
    Page<SignedReceipt> page(PageRequest page);
}
