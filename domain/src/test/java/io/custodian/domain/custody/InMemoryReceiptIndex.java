package io.custodian.domain.custody;

import io.custodian.domain.receipt.SignedReceipt;
import io.custodian.domain.retention.ReceiptArchive;

/** Fake {@link ReceiptIndex} over any {@link ReceiptArchive} (whose {@code all()} is in the index's order). */
public final class InMemoryReceiptIndex implements ReceiptIndex {

    private final ReceiptArchive archive;

    public InMemoryReceiptIndex(ReceiptArchive archive) {
        this.archive = archive;
    }

    @Override
    public Page<SignedReceipt> page(PageRequest page) {
        return Page.of(archive.all(), page);
    }
}
