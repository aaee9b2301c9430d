package io.custodian.domain.custody;

import io.custodian.domain.access.AuthoriseTenantReadCommand;
import io.custodian.domain.access.AuthoriseTenantReadUseCase;
import io.custodian.domain.access.Decision;
import io.custodian.domain.access.Purpose;
import io.custodian.domain.access.RefusalReason;
import io.custodian.domain.access.StaffDirectory;
import io.custodian.domain.access.StaffId;
import io.custodian.domain.access.TenantStatus;
import io.custodian.domain.audit.Actor;
import io.custodian.domain.audit.AuditAction;
import io.custodian.domain.audit.AuditOutcome;
import io.custodian.domain.audit.RecordAuditEntryCommand;
import io.custodian.domain.audit.RecordAuditEntryUseCase;
import io.custodian.domain.common.Transactions;
import io.custodian.domain.datamap.Category;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.location.DataLocation;
import io.custodian.domain.retention.DeletionCause;
import io.custodian.domain.retention.Inventory;
import io.custodian.domain.retention.RetentionSchedule;
import io.custodian.domain.retention.RetentionSettings;
import io.custodian.domain.retention.ScheduledDeletion;
import io.custodian.domain.retention.StoredItem;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.InstallationRecord;
import io.custodian.domain.tenant.TenantLicenses;
import io.custodian.domain.tenant.TenantState;
import io.custodian.domain.tenant.TenantStore;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The tenant queries of the staff API. Each runs in one transaction: the decision (access policy, logged to the audit
 * trail by the {@link AuthoriseTenantReadUseCase}) and the read commit together, so no tenant data is shown without
 * its audit entry, and a refusal is recorded too.
 *
 * <p>Tenant detail and forecast read the tenant's metadata, authorised as a read of its Account Data; a client key
 * without installation is checked as a purged tenant, so that staff the policy refuses anyway (no purpose, wrong team,
 * contract ended) learn nothing about which client keys exist.
 */
public final class TenantCustodyService implements ListTenantsUseCase, ViewTenantUseCase, ForecastTenantUseCase {

    /** The audit action of a tenant listing. */
    public static final String LIST_ACTION = "tenant.list";
    /** The category a tenant's detail and forecast are authorised as. */
    public static final Category METADATA_CATEGORY = Category.ACCOUNT;

    private final TenantStore tenants;
    private final TenantLicenses licenses;
    private final Inventory inventory;
    private final TenantCatalog catalog;
    private final StaffDirectory staff;
    private final AuthoriseTenantReadUseCase authoriser;
    private final RecordAuditEntryUseCase audit;
    private final RetentionSchedule schedule;
    private final InstantSource clock;
    private final Transactions transactions;
    private final DataLocation deploymentLocation;

    public TenantCustodyService(TenantStore tenants, TenantLicenses licenses, Inventory inventory, TenantCatalog catalog,
                                StaffDirectory staff, AuthoriseTenantReadUseCase authoriser,
                                RecordAuditEntryUseCase audit, RetentionSettings settings, InstantSource clock,
                                Transactions transactions, DataLocation deploymentLocation) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.licenses = Objects.requireNonNull(licenses, "licenses");
        this.inventory = Objects.requireNonNull(inventory, "inventory");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.staff = Objects.requireNonNull(staff, "staff");
        this.authoriser = Objects.requireNonNull(authoriser, "authoriser");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.schedule = new RetentionSchedule(Objects.requireNonNull(settings, "settings"));
        this.clock = Objects.requireNonNull(clock, "clock");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.deploymentLocation = Objects.requireNonNull(deploymentLocation, "deploymentLocation");
    }

    @Override
    public CustodyOutcome<Page<TenantSummary>> list(ListTenantsQuery query) {
        Objects.requireNonNull(query, "query");
        return transactions.inTransaction(() -> {
            Decision decision = StaffStanding.mayBrowseTenants(staff, query.staff(), clock.instant());
            audit.record(new RecordAuditEntryCommand(Actor.staff(query.staff()), new AuditAction(LIST_ACTION),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), outcomeOf(decision)));
            return switch (decision) {
                case Decision.Refused refused -> CustodyOutcome.refused(refused);
                case Decision.Allowed allowed -> CustodyOutcome.shown(catalog.page(
                        new TenantFilter(deploymentLocation, query.state(), query.text()), query.page()));
            };
        });
    }

    @Override
    public CustodyOutcome<TenantDetail> view(ViewTenantQuery query) {
        Objects.requireNonNull(query, "query");
        return authorisedRead(query.staff(), query.tenant(), query.purpose(), this::detail);
    }

    @Override
    public CustodyOutcome<TenantForecast> forecast(ForecastTenantQuery query) {
        Objects.requireNonNull(query, "query");
        return authorisedRead(query.staff(), query.tenant(), query.purpose(),
                record -> forecast(record, query.days()));
    }

    /** Decides (and logs) a read of the tenant's metadata; reads it only when allowed; all in one transaction. */
    private <T> CustodyOutcome<T> authorisedRead(StaffId staffId, ClientKey tenant,
                                                 Optional<Purpose> purpose,
                                                 Function<InstallationRecord, T> read) {
        return transactions.inTransaction(() -> {
            Optional<InstallationRecord> record = tenants.find(tenant)
                    .filter(found -> found.state() != TenantState.PURGED);
            TenantStatus status = new TenantStatus(tenant, record.map(InstallationRecord::state)
                    .orElse(TenantState.PURGED));
            Decision decision = authoriser.authorise(new AuthoriseTenantReadCommand(staffId, status,
                    record.map(InstallationRecord::location).orElse(deploymentLocation), METADATA_CATEGORY, purpose));
            return switch (decision) {
                case Decision.Refused refused when record.isEmpty()
                        && refused.reason() == RefusalReason.TENANT_PURGED ->
                        new CustodyOutcome.NotFound<>("no installation for this client key (never installed, or"
                                + " purged: only its deletion receipt remains)");
                case Decision.Refused refused -> CustodyOutcome.refused(refused);
                case Decision.Allowed allowed -> CustodyOutcome.shown(read.apply(record.orElseThrow()));
            };
        });
    }

    private TenantDetail detail(InstallationRecord record) {
        List<StoredItem> items = inventory.itemsOf(record.clientKey());
        List<ScheduledDeletion> scheduled = schedule.schedule(record.clientKey(), Optional.of(record), items);
        Map<ItemKind, Long> counts = new EnumMap<>(ItemKind.class);
        counts.put(ItemKind.INSTALLATION_RECORD, 1L);
        items.forEach(item -> counts.merge(item.kind(), 1L, Long::sum));
        Map<ItemKind, ScheduledDeletion> nextPerKind = new EnumMap<>(ItemKind.class);
        Map<ItemKind, Long> withDeadline = new EnumMap<>(ItemKind.class);
        Map<Category, Instant> lastPerCategory = new EnumMap<>(Category.class);
        for (ScheduledDeletion deletion : scheduled) {
            ItemKind kind = deletion.item().kind();
            nextPerKind.merge(kind, deletion, (a, b) -> b.dueAt().isBefore(a.dueAt()) ? b : a);
            withDeadline.merge(kind, 1L, Long::sum);
            lastPerCategory.merge(kind.category(), deletion.dueAt(), (a, b) -> b.isAfter(a) ? b : a);
        }
        List<KindInventory> kinds = new ArrayList<>();
        for (ItemKind kind : ItemKind.values()) {
            Optional<ScheduledDeletion> next = Optional.ofNullable(nextPerKind.get(kind));
            kinds.add(new KindInventory(kind, counts.getOrDefault(kind, 0L), next.map(ScheduledDeletion::dueAt),
                    next.map(ScheduledDeletion::cause)));
        }
        List<CategoryInventory> categories = new ArrayList<>();
        for (Category category : Category.values()) {
            List<KindInventory> ofCategory = kinds.stream().filter(kind -> kind.kind().category() == category).toList();
            long held = ofCategory.stream().mapToLong(KindInventory::items).sum();
            long scheduledCount = ofCategory.stream().mapToLong(kind -> withDeadline.getOrDefault(kind.kind(), 0L)).sum();
            Optional<Instant> next = ofCategory.stream().flatMap(kind -> kind.nextDeletionAt().stream())
                    .min(Comparator.naturalOrder());
            Optional<Instant> allDeletedBy = held > 0 && scheduledCount == held
                    ? Optional.ofNullable(lastPerCategory.get(category))
                    : Optional.empty();
            categories.add(new CategoryInventory(category, held, next, allDeletedBy));
        }
        return new TenantDetail(record.clientKey(), record.account(), record.state(), record.location(),
                record.installedAt(), record.markedAt(), record.purgeDeadline(), licenses.find(record.clientKey()),
                kinds, categories);
    }

    private TenantForecast forecast(InstallationRecord record, int days) {
        Instant from = clock.instant();
        Instant until = from.plus(Duration.ofDays(days));
        Map<LineKey, Line> lines = new TreeMap<>();
        for (ScheduledDeletion deletion : schedule.schedule(record.clientKey(), Optional.of(record),
                inventory.itemsOf(record.clientKey()))) {
            if (!deletion.dueAt().isBefore(until)) {
                continue;
            }
            Instant day = deletion.dueAt().isBefore(from) ? from : deletion.dueAt();
            ItemKind kind = deletion.item().kind();
            lines.merge(new LineKey(LocalDate.ofInstant(day, ZoneOffset.UTC), kind, deletion.cause()),
                    new Line(1, deletion.dueAt()), Line::plus);
        }
        List<TenantForecast.Line> result = lines.entrySet().stream()
                .map(entry -> new TenantForecast.Line(entry.getKey().day(), entry.getKey().kind().category(),
                        entry.getKey().kind(), entry.getKey().cause(), entry.getValue().items(),
                        entry.getValue().firstDueAt()))
                .toList();
        return new TenantForecast(record.clientKey(), from, until, result);
    }

    private static AuditOutcome outcomeOf(Decision decision) {
        return switch (decision) {
            case Decision.Allowed allowed -> AuditOutcome.ALLOWED;
            case Decision.Refused refused -> new AuditOutcome.Refused(cut(refused.reason().name() + ": "
                    + refused.message()));
        };
    }

    private static String cut(String reason) {
        return reason.length() <= AuditOutcome.MAX_REASON_LENGTH ? reason
                : reason.substring(0, AuditOutcome.MAX_REASON_LENGTH);
    }

    /** Lines sort by day, then category (the kind's), kind and cause, all in declaration order. */
    private record LineKey(LocalDate day, ItemKind kind, DeletionCause cause) implements Comparable<LineKey> {
        private static final Comparator<LineKey> ORDER = Comparator.comparing(LineKey::day)
                .thenComparing(key -> key.kind().category())
                .thenComparing(LineKey::kind)
                .thenComparing(LineKey::cause);

        @Override
        public int compareTo(LineKey other) {
            return ORDER.compare(this, other);
        }
    }

    private record Line(long items, Instant firstDueAt) {
        Line plus(Line other) {
            return new Line(items + other.items, firstDueAt.isBefore(other.firstDueAt) ? firstDueAt : other.firstDueAt);
        }
    }
}
