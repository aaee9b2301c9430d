package io.custodian.domain.deletion;

import io.custodian.domain.access.StaffDirectory;
import io.custodian.domain.access.StaffId;
import io.custodian.domain.access.StaffMember;
import io.custodian.domain.audit.Actor;
import io.custodian.domain.audit.AuditAction;
import io.custodian.domain.audit.AuditOutcome;
import io.custodian.domain.audit.AuditSubject;
import io.custodian.domain.audit.RecordAuditEntryCommand;
import io.custodian.domain.audit.RecordAuditEntryUseCase;
import io.custodian.domain.common.Transactions;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.location.DataLocation;
import io.custodian.domain.location.LocationDecision;
import io.custodian.domain.location.LocationPolicy;
import io.custodian.domain.receipt.DeletionTrigger;
import io.custodian.domain.retention.Inventory;
import io.custodian.domain.retention.Purge;
import io.custodian.domain.retention.StoredItem;
import io.custodian.domain.retention.TenantPurge;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.InstallationRecord;
import io.custodian.domain.tenant.TenantStore;

import java.time.Instant;
import java.time.InstantSource;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The early-deletion workflow over the out-ports. Each step runs in one transaction and is written to the audit
 * log (refusals included), naming the request as subject and the tenant only by pseudonym.
 */
public final class EarlyDeletionService implements RequestEarlyDeletionUseCase, ApproveEarlyDeletionUseCase,
        ExecuteEarlyDeletionUseCase, CancelEarlyDeletionUseCase {

    private final DeletionRequests requests;
    private final StaffDirectory staff;
    private final TenantStore tenants;
    private final Inventory inventory;
    private final TenantPurge purge;
    private final RecordAuditEntryUseCase audit;
    private final InstantSource clock;
    private final Transactions transactions;
    private final DataLocation deploymentLocation;
    private final Supplier<DeletionRequestId> newIds;

    public EarlyDeletionService(DeletionRequests requests, StaffDirectory staff, TenantStore tenants,
                                Inventory inventory, TenantPurge purge, RecordAuditEntryUseCase audit,
                                InstantSource clock, Transactions transactions, DataLocation deploymentLocation,
                                Supplier<DeletionRequestId> newIds) {
        this.requests = Objects.requireNonNull(requests, "requests");
        this.staff = Objects.requireNonNull(staff, "staff");
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.inventory = Objects.requireNonNull(inventory, "inventory");
        this.purge = Objects.requireNonNull(purge, "purge");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.deploymentLocation = Objects.requireNonNull(deploymentLocation, "deploymentLocation");
        this.newIds = Objects.requireNonNull(newIds, "newIds");
    }

    @Override
    public EarlyDeletionOutcome request(RequestEarlyDeletionCommand command) {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            DeletionRequestId id = newIds.get();
            EarlyDeletionOutcome outcome = requestAt(command, id, now);
            if (outcome instanceof EarlyDeletionOutcome.Accepted(DeletionRequest request)) {
                requests.save(request);
            }
            record(command.requester(), "deletion-request.create", id, command.tenant(), outcome);
            return outcome;
        });
    }

    @Override
    public EarlyDeletionOutcome approve(ApproveEarlyDeletionCommand command) {
        return step(command.approver(), command.request(), "deletion-request.approve",
                (request, approver) -> request.approve(approver, clock.instant()));
    }

    @Override
    public EarlyDeletionOutcome cancel(CancelEarlyDeletionCommand command) {
        return step(command.staff(), command.request(), "deletion-request.cancel",
                (request, member) -> request.cancel(member, command.reason(), clock.instant()));
    }

    @Override
    public EarlyDeletionOutcome execute(ExecuteEarlyDeletionCommand command) {
        return step(command.executor(), command.request(), "deletion-request.execute", (request, executor) -> {
            Instant now = clock.instant();
            Optional<EarlyDeletionOutcome.Refused> refused = request.refuseExecution(executor, now);
            if (refused.isPresent()) {
                return refused.get();
            }
            Optional<InstallationRecord> record = tenants.find(request.tenant());
            if (record.isEmpty()) {
                return new EarlyDeletionOutcome.Refused(EarlyDeletionRefusal.UNKNOWN_TENANT,
                        "the tenant has no installation any more (already purged by its deadline?)");
            }
            Optional<EarlyDeletionOutcome.Refused> elsewhere = pinnedElsewhere(record.get());
            if (elsewhere.isPresent()) {
                return elsewhere.get();
            }
            Purge purged = purge.purge(record.get(), now,
                    new DeletionTrigger.EarlyDeletionRequest(request.id().toString()));
            return new EarlyDeletionOutcome.Executed(
                    request.executed(executor.id(), now, purged.receipt().receipt().id()), purged);
        });
    }

    /** The dry run: what a purge would delete now, the installation record included. */
    private DryRunReport dryRun(InstallationRecord record, Instant now) {
        Map<ItemKind, Long> perKind = new EnumMap<>(ItemKind.class);
        perKind.put(ItemKind.INSTALLATION_RECORD, 1L);
        for (StoredItem item : inventory.itemsOf(record.clientKey())) {
            perKind.merge(item.kind(), 1L, Long::sum);
        }
        return new DryRunReport(now, perKind);
    }

    private EarlyDeletionOutcome requestAt(RequestEarlyDeletionCommand command, DeletionRequestId id, Instant now) {
        Optional<StaffMember> requester = staff.findById(command.requester());
        if (requester.isEmpty()) {
            return unknownStaff(command.requester());
        }
        Optional<InstallationRecord> record = tenants.find(command.tenant());
        if (record.isEmpty()) {
            return new EarlyDeletionOutcome.Refused(EarlyDeletionRefusal.UNKNOWN_TENANT,
                    "no installation for this client key (never installed or already purged)");
        }
        Optional<EarlyDeletionOutcome.Refused> elsewhere = pinnedElsewhere(record.get());
        if (elsewhere.isPresent()) {
            return elsewhere.get();
        }
        if (requests.openFor(command.tenant()).isPresent()) {
            return new EarlyDeletionOutcome.Refused(EarlyDeletionRefusal.ALREADY_REQUESTED,
                    "the tenant already has an open deletion request " + requests.openFor(command.tenant()).get().id());
        }
        return DeletionRequest.request(id, command.tenant(), command.customerReference(), requester.get(),
                dryRun(record.get(), now), now);
    }

    /** Runs one step on an existing request by a known staff member, saves the result and audits it. */
    private EarlyDeletionOutcome step(StaffId actor, DeletionRequestId id, String action,
                                      java.util.function.BiFunction<DeletionRequest, StaffMember, EarlyDeletionOutcome> change) {
        return transactions.inTransaction(() -> {
            Optional<DeletionRequest> request = requests.find(id);
            Optional<StaffMember> member = staff.findById(actor);
            EarlyDeletionOutcome outcome;
            if (request.isEmpty()) {
                outcome = new EarlyDeletionOutcome.Refused(EarlyDeletionRefusal.UNKNOWN_REQUEST,
                        "no deletion request " + id);
            } else if (member.isEmpty()) {
                outcome = unknownStaff(actor);
            } else {
                outcome = change.apply(request.get(), member.get());
            }
            switch (outcome) {
                case EarlyDeletionOutcome.Accepted(DeletionRequest changed) -> requests.save(changed);
                case EarlyDeletionOutcome.Executed(DeletionRequest changed, var purged) -> requests.save(changed);
                case EarlyDeletionOutcome.Refused refused -> {
                    // nothing changes
                }
            }
            record(actor, action, id, request.map(DeletionRequest::tenant).orElse(null), outcome);
            return outcome;
        });
    }

    private Optional<EarlyDeletionOutcome.Refused> pinnedElsewhere(InstallationRecord record) {
        return switch (LocationPolicy.check(deploymentLocation, record.location())) {
            case LocationDecision.Allowed allowed -> Optional.empty();
            case LocationDecision.Refused(String reason) ->
                    Optional.of(new EarlyDeletionOutcome.Refused(EarlyDeletionRefusal.PINNED_ELSEWHERE, reason));
        };
    }

    private static EarlyDeletionOutcome.Refused unknownStaff(StaffId id) {
        return new EarlyDeletionOutcome.Refused(EarlyDeletionRefusal.UNKNOWN_STAFF, "no staff account " + id);
    }

    private void record(StaffId actor, String action, DeletionRequestId id, ClientKey tenant,
                        EarlyDeletionOutcome outcome) {
        AuditOutcome auditOutcome = switch (outcome) {
            case EarlyDeletionOutcome.Accepted accepted -> AuditOutcome.SUCCEEDED;
            case EarlyDeletionOutcome.Executed executed -> AuditOutcome.SUCCEEDED;
            case EarlyDeletionOutcome.Refused(EarlyDeletionRefusal refusal, String reason) ->
                    new AuditOutcome.Refused(refusal + ": " + cut(reason));
        };
        audit.record(new RecordAuditEntryCommand(Actor.staff(actor), new AuditAction(action),
                Optional.of(new AuditSubject("deletion-request", id.toString())), Optional.ofNullable(tenant),
                Optional.empty(), Optional.empty(), auditOutcome));
    }

    private static String cut(String reason) {
        int max = AuditOutcome.MAX_REASON_LENGTH - 40;
        return reason.length() <= max ? reason : reason.substring(0, max);
    }
}
