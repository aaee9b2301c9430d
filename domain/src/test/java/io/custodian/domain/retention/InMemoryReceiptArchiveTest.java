package io.custodian.domain.retention;

class InMemoryReceiptArchiveTest extends ReceiptArchiveContract {
    @Override
    protected ReceiptArchive emptyArchive() {
        return new InMemoryReceiptArchive();
    }
}
