package io.custodian.domain.identity;

class InMemoryStaffCredentialsTest extends StaffCredentialsContract {

    @Override
    protected StaffCredentials newCredentials() {
        return new InMemoryStaffCredentials();
    }
}
