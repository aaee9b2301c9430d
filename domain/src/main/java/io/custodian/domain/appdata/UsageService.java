package io.custodian.domain.appdata;

import io.custodian.domain.common.Transactions;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.location.DataLocation;
import io.custodian.domain.retention.OperationItems;
import io.custodian.domain.retention.StoredItem;
import io.custodian.domain.tenant.TenantStore;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Usage statistics (Session Data): each accepted event becomes one {@code USAGE_EVENT} item with a fresh id, written
 * now, so the retention sweep deletes it the session retention period later.
 */
public final class UsageService implements RecordUsageUseCase {

    private final ServedTenants served;
    private final OperationItems items;
    private final InstantSource clock;
    private final Transactions transactions;
    private final UsagePolicy policy;
    private final Supplier<UUID> eventIds;

    /**
     * @param eventIds fresh, unique ids for the stored events ({@code UUID::randomUUID} in production)
     */
    public UsageService(TenantStore tenants, OperationItems items, InstantSource clock, Transactions transactions,
                        DataLocation deploymentLocation, UsagePolicy policy, Supplier<UUID> eventIds) {
        this.served = new ServedTenants(tenants, deploymentLocation);
        this.items = Objects.requireNonNull(items, "items");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.eventIds = Objects.requireNonNull(eventIds, "eventIds");
    }

    @Override
    public Outcome record(RecordUsageCommand command) {
        Objects.requireNonNull(command, "command");
        return transactions.inTransaction(() -> {
            Optional<AppDataRefusal> refusal = served.refusal(command.tenant());
            if (refusal.isPresent()) {
                return new Refused(refusal.get());
            }
            Instant now = clock.instant();
            if (policy.check(command.events(), now) instanceof UsageDecision.Rejected(String reason)) {
                return new Rejected(reason);
            }
            List<StoredItem> stored = new ArrayList<>();
            for (UsageEvent event : command.events()) {
                StoredItem item = StoredItem.of(command.tenant(), ItemKind.USAGE_EVENT,
                        Objects.requireNonNull(eventIds.get(), "event id").toString(), now);
                items.save(item, event.content());
                stored.add(item);
            }
            return new Recorded(stored);
        });
    }
}
