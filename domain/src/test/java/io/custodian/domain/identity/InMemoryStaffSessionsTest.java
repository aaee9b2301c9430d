package io.custodian.domain.identity;

class InMemoryStaffSessionsTest extends StaffSessionsContract {

    @Override
    protected StaffSessions newSessions() {
        return new InMemoryStaffSessions();
    }
}
