package io.custodian.domain.custody;

import io.custodian.domain.access.Decision;
import io.custodian.domain.access.StaffDirectory;
import io.custodian.domain.access.StaffId;
import io.custodian.domain.access.StaffMember;
import io.custodian.domain.common.Transactions;
import io.custodian.domain.deletion.DeletionRequest;

import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/** The lists of custody records that any staff member in service may read: deletion requests and staff accounts. */
public final class CustodyRecordsService implements ListDeletionRequestsUseCase, ListStaffUseCase {

    private final StaffDirectory staff;
    private final DeletionRequestLog requests;
    private final InstantSource clock;
    private final Transactions transactions;

    public CustodyRecordsService(StaffDirectory staff, DeletionRequestLog requests, InstantSource clock,
                                 Transactions transactions) {
        this.staff = Objects.requireNonNull(staff, "staff");
        this.requests = Objects.requireNonNull(requests, "requests");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public CustodyOutcome<Page<DeletionRequest>> list(StaffId staffId, Optional<DeletionRequestStatus> status,
                                                      PageRequest page) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(page, "page");
        return inService(staffId, () -> requests.page(status, page));
    }

    @Override
    public CustodyOutcome<Page<StaffMember>> list(StaffId staffId, PageRequest page) {
        Objects.requireNonNull(page, "page");
        return inService(staffId, () -> Page.of(staff.list(), page));
    }

    private <T> CustodyOutcome<T> inService(StaffId staffId, Supplier<T> read) {
        Objects.requireNonNull(staffId, "staff");
        return transactions.inTransaction(() -> switch (StaffStanding.inService(staff, staffId, clock.instant())) {
            case Decision.Refused refused -> CustodyOutcome.refused(refused);
            case Decision.Allowed allowed -> CustodyOutcome.shown(read.get());
        });
    }
}
