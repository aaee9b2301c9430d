package io.custodian.domain.retention;

import io.custodian.domain.common.Transactions;
import io.custodian.domain.datamap.Category;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.receipt.DeletionTrigger;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.InstallationRecord;
import io.custodian.domain.tenant.TenantStore;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** The retention sweep, the "due at T" query and the deletion forecast, over the out-ports. */
public final class RetentionService implements SweepRetentionUseCase, FindDueDeletionsUseCase, ForecastDeletionsUseCase {

    private static final Comparator<ClientKey> BY_VALUE = Comparator.comparing(ClientKey::value);

    private final TenantStore tenants;
    private final Inventory inventory;
    private final ExpiredItems expiredItems;
    private final TenantPurge purge;
    private final RetentionSchedule schedule;
    private final InstantSource clock;
    private final Transactions transactions;

    public RetentionService(TenantStore tenants, Inventory inventory, ExpiredItems expiredItems, TenantPurge purge,
                            RetentionSettings settings, InstantSource clock, Transactions transactions) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.inventory = Objects.requireNonNull(inventory, "inventory");
        this.expiredItems = Objects.requireNonNull(expiredItems, "expiredItems");
        this.purge = Objects.requireNonNull(purge, "purge");
        this.schedule = new RetentionSchedule(settings);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public SweepReport sweep(SweepRetentionCommand command) {
        Instant now = clock.instant();
        List<Deletion> deletions = new ArrayList<>();
        List<Purge> purges = new ArrayList<>();
        for (ClientKey tenant : transactions.inTransaction(() -> candidates(command.onlyTenant(), now))) {
            transactions.run(() -> {
                Optional<InstallationRecord> record = tenants.find(tenant);
                if (record.isPresent() && record.get().isPurgeDue(now)) {
                    purges.add(purge.purge(record.get(), now, new DeletionTrigger.UninstallGraceExpired()));
                    return;
                }
                List<DeletedItem> due = schedule.dueAt(tenant, record, inventory.itemsOf(tenant), now).stream()
                        .filter(deletion -> deletion.item().kind() != ItemKind.INSTALLATION_RECORD)
                        .map(deletion -> new DeletedItem(deletion.item().ref(), deletion.cause()))
                        .toList();
                if (!due.isEmpty()) {
                    expiredItems.delete(due.stream().map(DeletedItem::ref).toList());
                    deletions.add(new Deletion(tenant, now, due));
                }
            });
        }
        return new SweepReport(now, deletions, purges);
    }

    @Override
    public List<ScheduledDeletion> findDue(FindDueDeletionsQuery query) {
        return transactions.inTransaction(() -> {
            List<ScheduledDeletion> due = new ArrayList<>();
            for (ClientKey tenant : candidates(query.onlyTenant(), query.at())) {
                due.addAll(schedule.dueAt(tenant, tenants.find(tenant), inventory.itemsOf(tenant), query.at()));
            }
            due.sort(Comparator.comparing(ScheduledDeletion::dueAt)
                    .thenComparing(deletion -> deletion.item().tenant(), BY_VALUE)
                    .thenComparing(deletion -> deletion.item().kind())
                    .thenComparing(deletion -> deletion.item().id().value()));
            return List.copyOf(due);
        });
    }

    @Override
    public DeletionForecast forecast(ForecastDeletionsCommand command) {
        Instant from = clock.instant();
        Instant until = from.plus(Duration.ofDays(command.days()));
        return transactions.inTransaction(() -> {
            Map<LineKey, Long> counts = new TreeMap<>();
            for (ClientKey tenant : candidates(Optional.empty(), until)) {
                for (ScheduledDeletion deletion : schedule.schedule(tenant, tenants.find(tenant), inventory.itemsOf(tenant))) {
                    if (deletion.dueAt().isBefore(until)) {
                        Instant day = deletion.dueAt().isBefore(from) ? from : deletion.dueAt();
                        counts.merge(new LineKey(LocalDate.ofInstant(day, ZoneOffset.UTC), tenant.value(),
                                deletion.item().kind().category()), 1L, Long::sum);
                    }
                }
            }
            List<DeletionForecast.Line> lines = counts.entrySet().stream()
                    .map(entry -> new DeletionForecast.Line(new ClientKey(entry.getKey().tenant()),
                            entry.getKey().category(), entry.getKey().day(), entry.getValue()))
                    .toList();
            return new DeletionForecast(from, until, lines);
        });
    }

    /**
     * The tenants that may have something due by {@code at}: those with items and those marked with a deadline by
     * then. Runs inside the caller's transaction.
     */
    private SortedSet<ClientKey> candidates(Optional<ClientKey> onlyTenant, Instant at) {
        SortedSet<ClientKey> candidates = new TreeSet<>(BY_VALUE);
        if (onlyTenant.isPresent()) {
            candidates.add(onlyTenant.get());
            return candidates;
        }
        candidates.addAll(inventory.tenantsWithItems());
        tenants.markedForDeletionDueBy(at).forEach(record -> candidates.add(record.clientKey()));
        return candidates;
    }

    private record LineKey(LocalDate day, String tenant, Category category) implements Comparable<LineKey> {
        @Override
        public int compareTo(LineKey other) {
            return Comparator.comparing(LineKey::day)
                    .thenComparing(LineKey::tenant)
                    .thenComparing(LineKey::category)
                    .compare(this, other);
        }
    }
}
