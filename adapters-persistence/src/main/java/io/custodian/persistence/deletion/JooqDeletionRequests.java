package io.custodian.persistence.deletion;

import io.custodian.domain.access.StaffId;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.deletion.CustomerReference;
import io.custodian.domain.deletion.DeletionRequest;
import io.custodian.domain.deletion.DeletionRequestId;
import io.custodian.domain.deletion.DeletionRequests;
import io.custodian.domain.deletion.DryRunReport;
import io.custodian.domain.deletion.RequestState;
import io.custodian.domain.receipt.ReceiptId;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.persistence.DatabaseTime;
import io.custodian.persistence.jooq.tables.records.DeletionRequestRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static io.custodian.persistence.jooq.Tables.DELETION_REQUEST;

/**
 * {@link DeletionRequests} on the {@code deletion_request} table, one row per request with its state's columns
 * (the migration's checks tie each state to exactly the columns it fills). A partial unique index keeps a tenant to
 * one open request, whatever the number of processes: saving a second one fails.
 */
public final class JooqDeletionRequests implements DeletionRequests {

    private static final String AWAITING_APPROVAL = "AWAITING_APPROVAL";
    private static final String APPROVED = "APPROVED";
    private static final String EXECUTED = "EXECUTED";
    private static final String CANCELLED = "CANCELLED";
    private static final Condition OPEN = DELETION_REQUEST.STATE.in(AWAITING_APPROVAL, APPROVED);

    private final DSLContext dsl;

    public JooqDeletionRequests(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    /** @throws org.jooq.exception.DataAccessException if the tenant has another open request */
    @Override
    public void save(DeletionRequest request) {
        Objects.requireNonNull(request, "request");
        DeletionRequestRecord row = toRow(request);
        dsl.insertInto(DELETION_REQUEST).set(row)
                .onConflict(DELETION_REQUEST.REQUEST_ID).doUpdate().set(row)
                .execute();
    }

    @Override
    public Optional<DeletionRequest> find(DeletionRequestId id) {
        Objects.requireNonNull(id, "id");
        return dsl.selectFrom(DELETION_REQUEST)
                .where(DELETION_REQUEST.REQUEST_ID.eq(id.value()))
                .fetchOptional()
                .map(JooqDeletionRequests::toDomain);
    }

    @Override
    public List<DeletionRequest> open() {
        return dsl.selectFrom(DELETION_REQUEST)
                .where(OPEN)
                .orderBy(DELETION_REQUEST.REQUESTED_AT, DELETION_REQUEST.REQUEST_ID)
                .fetch(JooqDeletionRequests::toDomain);
    }

    @Override
    public Optional<DeletionRequest> openFor(ClientKey tenant) {
        Objects.requireNonNull(tenant, "tenant");
        return dsl.selectFrom(DELETION_REQUEST)
                .where(OPEN)
                .and(DELETION_REQUEST.CLIENT_KEY.eq(tenant.value()))
                .fetchOptional()
                .map(JooqDeletionRequests::toDomain);
    }

    private DeletionRequestRecord toRow(DeletionRequest request) {
        List<Map.Entry<ItemKind, Long>> counts = request.dryRun().perKind().entrySet().stream()
                .sorted(Comparator.comparing(entry -> entry.getKey().name()))
                .toList();
        DeletionRequestRecord row = dsl.newRecord(DELETION_REQUEST)
                .setRequestId(request.id().value())
                .setClientKey(request.tenant().value())
                .setCustomerReference(request.customerReference().value())
                .setRequestedBy(request.requestedBy().value())
                .setRequestedAt(DatabaseTime.utc(request.requestedAt()))
                .setDryRunCountedAt(DatabaseTime.utc(request.dryRun().countedAt()))
                .setDryRunKinds(counts.stream().map(entry -> entry.getKey().name()).toArray(String[]::new))
                .setDryRunCounts(counts.stream().map(Map.Entry::getValue).toArray(Long[]::new));
        switch (request.state()) {
            case RequestState.AwaitingApproval awaiting -> row.setState(AWAITING_APPROVAL);
            case RequestState.Approved(StaffId by, var at) ->
                    row.setState(APPROVED).setApprovedBy(by.value()).setApprovedAt(DatabaseTime.utc(at));
            case RequestState.Executed(StaffId approvedBy, var approvedAt, StaffId executedBy, var executedAt,
                                       ReceiptId receipt) -> row.setState(EXECUTED)
                    .setApprovedBy(approvedBy.value()).setApprovedAt(DatabaseTime.utc(approvedAt))
                    .setExecutedBy(executedBy.value()).setExecutedAt(DatabaseTime.utc(executedAt))
                    .setReceiptId(receipt.value());
            case RequestState.Cancelled(StaffId by, var at, String reason) ->
                    row.setState(CANCELLED).setCancelledBy(by.value()).setCancelledAt(DatabaseTime.utc(at))
                            .setCancelReason(reason);
        }
        row.changed(true); // every column, the nulls included: a new state clears the columns of the old one
        return row;
    }

    /** The request a row holds. */
    public static DeletionRequest toDomain(DeletionRequestRecord row) {
        Map<ItemKind, Long> perKind = new EnumMap<>(ItemKind.class);
        String[] kinds = row.getDryRunKinds();
        Long[] counts = row.getDryRunCounts();
        for (int i = 0; i < kinds.length; i++) {
            perKind.put(ItemKind.valueOf(kinds[i]), counts[i]);
        }
        RequestState state = switch (row.getState()) {
            case AWAITING_APPROVAL -> new RequestState.AwaitingApproval();
            case APPROVED -> new RequestState.Approved(new StaffId(row.getApprovedBy()),
                    row.getApprovedAt().toInstant());
            case EXECUTED -> new RequestState.Executed(new StaffId(row.getApprovedBy()),
                    row.getApprovedAt().toInstant(), new StaffId(row.getExecutedBy()),
                    row.getExecutedAt().toInstant(), new ReceiptId(row.getReceiptId()));
            case CANCELLED -> new RequestState.Cancelled(new StaffId(row.getCancelledBy()),
                    row.getCancelledAt().toInstant(), row.getCancelReason());
            default -> throw new IllegalStateException("deletion request " + row.getRequestId()
                    + " has an unknown state " + row.getState());
        };
        return new DeletionRequest(new DeletionRequestId(row.getRequestId()), new ClientKey(row.getClientKey()),
                new CustomerReference(row.getCustomerReference()), new StaffId(row.getRequestedBy()),
                row.getRequestedAt().toInstant(), new DryRunReport(row.getDryRunCountedAt().toInstant(), perKind),
                state);
    }
}
