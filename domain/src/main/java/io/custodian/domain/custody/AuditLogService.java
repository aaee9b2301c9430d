package io.custodian.domain.custody;

import io.custodian.domain.access.Decision;
import io.custodian.domain.access.StaffDirectory;
import io.custodian.domain.audit.AuditEntry;
import io.custodian.domain.common.Transactions;
import io.custodian.domain.receipt.TenantPseudonymiser;

import java.time.InstantSource;
import java.util.Objects;

/** {@link BrowseAuditLogUseCase} over the {@link AuditLogSearch}: the tenant filter is pseudonymised first. */
public final class AuditLogService implements BrowseAuditLogUseCase {

    private final StaffDirectory staff;
    private final AuditLogSearch search;
    private final TenantPseudonymiser pseudonymiser;
    private final InstantSource clock;
    private final Transactions transactions;

    public AuditLogService(StaffDirectory staff, AuditLogSearch search, TenantPseudonymiser pseudonymiser,
                           InstantSource clock, Transactions transactions) {
        this.staff = Objects.requireNonNull(staff, "staff");
        this.search = Objects.requireNonNull(search, "search");
        this.pseudonymiser = Objects.requireNonNull(pseudonymiser, "pseudonymiser");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public CustodyOutcome<Page<AuditEntry>> browse(BrowseAuditLogQuery query) {
        Objects.requireNonNull(query, "query");
        return transactions.inTransaction(() -> switch (StaffStanding.inService(staff, query.staff(), clock.instant())) {
            case Decision.Refused refused -> CustodyOutcome.refused(refused);
            case Decision.Allowed allowed -> CustodyOutcome.shown(search.page(
                    new AuditLogFilter(query.tenant().map(pseudonymiser::pseudonymise), query.actor()), query.page()));
        });
    }
}
