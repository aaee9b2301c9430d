package io.custodian.domain.custody;

import io.custodian.domain.access.StaffId;
import io.custodian.domain.access.StaffMember;

/** In-port: the staff accounts (active or not, ordered by login name), for staff in service. */
public interface ListStaffUseCase {

    CustodyOutcome<Page<StaffMember>> list(StaffId staff, PageRequest page);
}
