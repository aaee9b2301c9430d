package io.custodian.domain.custody;

import io.custodian.domain.retention.InMemoryReceiptArchive;
import io.custodian.domain.retention.ReceiptArchive;

class InMemoryReceiptIndexTest extends ReceiptIndexContract {

    private final InMemoryReceiptArchive archive = new InMemoryReceiptArchive();

    @Override
    protected ReceiptArchive archive() {
        return archive;
    }

    @Override
    protected ReceiptIndex index() {
        return new InMemoryReceiptIndex(archive);
    }
}
