package io.custodian.domain.custody;

import io.custodian.domain.access.StaffId;

/** In-port: the retention status for staff in service: items still held past their deadline plus a tolerance. */
public interface CheckOverdueDeletionsUseCase {

    CustodyOutcome<OverdueReport> check(StaffId staff);
}
