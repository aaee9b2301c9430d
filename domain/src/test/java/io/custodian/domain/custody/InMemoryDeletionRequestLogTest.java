package io.custodian.domain.custody;

import io.custodian.domain.deletion.DeletionRequests;

class InMemoryDeletionRequestLogTest extends DeletionRequestLogContract {

    private final InMemoryDeletionRequestLog log = new InMemoryDeletionRequestLog();

    @Override
    protected DeletionRequests requests() {
        return log;
    }

    @Override
    protected DeletionRequestLog log() {
        return log;
    }
}
