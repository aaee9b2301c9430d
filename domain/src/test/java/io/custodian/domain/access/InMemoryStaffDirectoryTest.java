package io.custodian.domain.access;

class InMemoryStaffDirectoryTest extends StaffDirectoryContract {

    @Override
    protected StaffDirectory newDirectory() {
        return new InMemoryStaffDirectory();
    }
}
