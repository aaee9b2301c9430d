package io.custodian.domain.retention;

import io.custodian.domain.common.Transactions;
import io.custodian.domain.datamap.DataMap;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.location.DataLocation;
import io.custodian.domain.location.LocationDecision;
import io.custodian.domain.location.LocationPolicy;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.InstallationRecord;
import io.custodian.domain.tenant.TenantStore;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes and removals of operation data, applying the "no longer required" rules as they happen: issue version copies
 * beyond the latest two and replaced license information are deleted on write, removals take their descendants.
 */
public final class OperationDataService implements RecordOperationItemUseCase, RecordIssueVersionUseCase,
        RemoveOperationItemUseCase {

    private final TenantStore tenants;
    private final Inventory inventory;
    private final OperationItems operationItems;
    private final ExpiredItems expiredItems;
    private final InstantSource clock;
    private final Transactions transactions;
    private final DataLocation deploymentLocation;

    public OperationDataService(TenantStore tenants, Inventory inventory, OperationItems operationItems,
                                ExpiredItems expiredItems, InstantSource clock, Transactions transactions,
                                DataLocation deploymentLocation) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.inventory = Objects.requireNonNull(inventory, "inventory");
        this.operationItems = Objects.requireNonNull(operationItems, "operationItems");
        this.expiredItems = Objects.requireNonNull(expiredItems, "expiredItems");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.deploymentLocation = Objects.requireNonNull(deploymentLocation, "deploymentLocation");
    }

    @Override
    public RecordOperationItemUseCase.Outcome record(RecordOperationItemCommand command) {
        Objects.requireNonNull(command, "command");
        return transactions.inTransaction(() -> refusalFor(command.tenant())
                .<RecordOperationItemUseCase.Outcome>map(RecordOperationItemUseCase.Refused::new)
                .orElseGet(() -> write(command)));
    }

    @Override
    public RecordOperationItemUseCase.Outcome recordVersion(RecordIssueVersionCommand command) {
        Objects.requireNonNull(command, "command");
        return transactions.inTransaction(() -> {
            Optional<OperationRefusal> refusal = refusalFor(command.tenant());
            if (refusal.isPresent()) {
                return new RecordOperationItemUseCase.Refused(refusal.get());
            }
            Optional<ItemId> parent = Optional.of(command.twin());
            // concurrent copies of one twin take turns, so each gets its own sequence number
            ItemKind twinKind = DataMap.standard().entry(ItemKind.ISSUE_VERSION_COPY).parent().orElseThrow();
            if (!operationItems.lockForWriting(new ItemRef(command.tenant(), twinKind, command.twin()))) {
                return new RecordOperationItemUseCase.Refused(OperationRefusal.PARENT_NOT_FOUND);
            }
            IssueVersionId version = inventory.itemsOfKind(command.tenant(), ItemKind.ISSUE_VERSION_COPY, parent)
                    .stream()
                    .flatMap(copy -> IssueVersionId.parse(command.twin(), copy.id()).stream())
                    .max(Comparator.comparingLong(IssueVersionId::sequence))
                    .map(IssueVersionId::next)
                    .orElseGet(() -> IssueVersionId.first(command.twin()));
            return write(new RecordOperationItemCommand(command.tenant(), ItemKind.ISSUE_VERSION_COPY,
                    version.itemId(), parent, command.content()));
        });
    }

    /** Writes the item of a served tenant and applies the kind's keep-latest rule; inside the caller's transaction. */
    private RecordOperationItemUseCase.Outcome write(RecordOperationItemCommand command) {
        Instant now = clock.instant();
        StoredItem item = new StoredItem(new ItemRef(command.tenant(), command.kind(), command.id()),
                command.parent(), now, Optional.empty());
        if (item.parentRef().isPresent() && inventory.find(item.parentRef().get()).isEmpty()) {
            return new RecordOperationItemUseCase.Refused(OperationRefusal.PARENT_NOT_FOUND);
        }
        operationItems.save(item, command.content());
        Map<ItemRef, DeletedItem> deleted = new LinkedHashMap<>();
        DataMap.standard().entry(command.kind()).keepLatest().ifPresent(keep -> {
            // the item just written is the newest; of the others, only the keep - 1 newest stay. So a group never
            // holds more than keep items and the schedule's KeepLatest rule agrees, even on equal write times.
            List<StoredItem> others = inventory.itemsOfKind(command.tenant(), command.kind(), command.parent())
                    .stream().filter(other -> !other.ref().equals(item.ref())).toList();
            for (StoredItem old : RetentionSchedule.superseded(others, keep - 1)) {
                deleted.put(old.ref(), new DeletedItem(old.ref(), DeletionCause.SUPERSEDED));
                collectDescendants(old.ref(), deleted);
            }
        });
        Deletion deletion = new Deletion(command.tenant(), now, List.copyOf(deleted.values()));
        if (!deletion.isEmpty()) {
            expiredItems.delete(deletion.refs());
        }
        return new RecordOperationItemUseCase.Recorded(item, deletion);
    }

    @Override
    public RemoveOperationItemUseCase.Outcome remove(RemoveOperationItemCommand command) {
        return transactions.inTransaction(() -> {
            Optional<OperationRefusal> refusal = refusalFor(command.tenant());
            if (refusal.isPresent()) {
                return new RemoveOperationItemUseCase.Refused(refusal.get());
            }
            if (inventory.find(command.item()).isEmpty()) {
                return new RemoveOperationItemUseCase.Refused(OperationRefusal.ITEM_NOT_FOUND);
            }
            Map<ItemRef, DeletedItem> deleted = new LinkedHashMap<>();
            deleted.put(command.item(), new DeletedItem(command.item(), DeletionCause.REMOVED_BY_CUSTOMER));
            collectDescendants(command.item(), deleted);
            Deletion deletion = new Deletion(command.tenant(), clock.instant(), List.copyOf(deleted.values()));
            expiredItems.delete(deletion.refs());
            return new RemoveOperationItemUseCase.Removed(deletion);
        });
    }

    private Optional<OperationRefusal> refusalFor(ClientKey tenant) {
        Optional<InstallationRecord> record = tenants.find(tenant);
        if (record.isEmpty()) {
            return Optional.of(OperationRefusal.NOT_INSTALLED);
        }
        if (LocationPolicy.check(deploymentLocation, record.get().location()) instanceof LocationDecision.Refused) {
            return Optional.of(OperationRefusal.PINNED_ELSEWHERE);
        }
        if (!record.get().servesAppRequests()) {
            return Optional.of(OperationRefusal.TENANT_NOT_ACTIVE);
        }
        return Optional.empty();
    }

    private void collectDescendants(ItemRef parent, Map<ItemRef, DeletedItem> deleted) {
        List<ItemRef> pending = new ArrayList<>(List.of(parent));
        while (!pending.isEmpty()) {
            ItemRef next = pending.removeLast();
            for (StoredItem child : inventory.childrenOf(next)) {
                if (deleted.putIfAbsent(child.ref(), new DeletedItem(child.ref(), DeletionCause.PARENT_DELETED)) == null) {
                    pending.add(child.ref());
                }
            }
        }
    }
}
