package io.custodian.domain.deletion;

class InMemoryDeletionRequestsTest extends DeletionRequestsContract {
    @Override
    protected DeletionRequests emptyStore() {
        return new InMemoryDeletionRequests();
    }
}
