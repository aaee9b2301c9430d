package io.custodian.domain.retention;

import io.custodian.domain.datamap.DataMap;
import io.custodian.domain.datamap.RetentionRule;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.InstallationRecord;
import io.custodian.domain.tenant.TenantState;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The retention rules as a pure function: given a tenant's installation record (or none) and the metadata of its
 * items, when is each item due for deletion and under which rule. Each item is due at the earliest deadline of the
 * rules the {@link DataMap} gives its kind:
 * <ul>
 *   <li>{@code UntilPurge}: the tenant's purge deadline, when it is marked for deletion;</li>
 *   <li>{@code MaxIdle}: last written plus the operation max-idle time;</li>
 *   <li>{@code WithParent}: when its parent is due; at once (its last write) when the parent is gone;</li>
 *   <li>{@code KeepLatest(n)}: an item with n newer siblings (same kind, same parent) is due when the n-th newer
 *       one was written;</li>
 *   <li>{@code SessionPeriod}: last written plus the session retention;</li>
 *   <li>{@code AfterTicketResolved}: resolution plus the support retention;</li>
 *   <li>{@code UntilRemoved}: no deadline of its own (the customer's removal deletes at once).</li>
 * </ul>
 * Items of a client key without installation are all due at once ({@link DeletionCause#NO_INSTALLATION}).
 * Ties go to the rule listed first in the data map, so a purge-time deletion is reported as the purge.
 * Newest first means: later {@code lastWrittenAt}, then greater id.
 */
public final class RetentionSchedule {

    /** Newest first: later last write, then greater id. */
    public static final Comparator<StoredItem> NEWEST_FIRST = Comparator
            .comparing(StoredItem::lastWrittenAt)
            .thenComparing(item -> item.id().value())
            .reversed();

    private final RetentionSettings settings;
    private final DataMap dataMap = DataMap.standard();

    public RetentionSchedule(RetentionSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public RetentionSettings settings() {
        return settings;
    }

    /**
     * Every item of {@code tenant} that has a deadline, with its deadline; the installation record is included
     * (as {@link StoredItem#installationOf}) when the tenant is marked for deletion. Items without a deadline
     * (kept while subscribed) are left out.
     */
    public List<ScheduledDeletion> schedule(ClientKey tenant, Optional<InstallationRecord> record,
                                            Collection<StoredItem> items) {
        Objects.requireNonNull(tenant, "tenant");
        if (items.stream().anyMatch(item -> !item.tenant().equals(tenant))) {
            throw new IllegalArgumentException("items of another tenant in the schedule of " + tenant);
        }
        if (record.isEmpty() || record.get().state() == TenantState.PURGED) {
            return items.stream()
                    .map(item -> new ScheduledDeletion(item, item.lastWrittenAt(), DeletionCause.NO_INSTALLATION))
                    .toList();
        }
        List<StoredItem> all = new ArrayList<>(items);
        all.add(StoredItem.installationOf(record.get()));
        return new Evaluation(record.get(), all).run();
    }

    /** The items of the schedule due at or before {@code at}. */
    public List<ScheduledDeletion> dueAt(ClientKey tenant, Optional<InstallationRecord> record,
                                         Collection<StoredItem> items, Instant at) {
        return schedule(tenant, record, items).stream().filter(deletion -> deletion.isDueAt(at)).toList();
    }

    /**
     * The siblings a {@code KeepLatest(keep)} rule no longer keeps: all but the {@code keep} newest of {@code group}
     * (items of one kind under one parent), newest first.
     */
    public static List<StoredItem> superseded(Collection<StoredItem> group, int keep) {
        return group.stream().sorted(NEWEST_FIRST).skip(keep).toList();
    }

    /** One evaluation over one tenant's items, memoising deadlines because children look at their parents. */
    private final class Evaluation {
        private final InstallationRecord record;
        private final Map<ItemRef, StoredItem> byRef = new HashMap<>();
        private final Map<GroupKey, List<StoredItem>> groupsNewestFirst = new HashMap<>();
        private final Map<ItemRef, Optional<ScheduledDeletion>> memo = new HashMap<>();
        private final Set<ItemRef> inProgress = new HashSet<>();

        private record GroupKey(io.custodian.domain.datamap.ItemKind kind, Optional<ItemId> parent) {
        }

        Evaluation(InstallationRecord record, List<StoredItem> items) {
            this.record = record;
            for (StoredItem item : items) {
                if (byRef.put(item.ref(), item) != null) {
                    throw new IllegalArgumentException("item listed twice: " + item.ref());
                }
                groupsNewestFirst.computeIfAbsent(new GroupKey(item.kind(), item.parent()), key -> new ArrayList<>())
                        .add(item);
            }
            groupsNewestFirst.values().forEach(group -> group.sort(NEWEST_FIRST));
        }

        List<ScheduledDeletion> run() {
            List<ScheduledDeletion> result = new ArrayList<>();
            for (StoredItem item : byRef.values()) {
                deadline(item).ifPresent(result::add);
            }
            result.sort(Comparator.comparing(ScheduledDeletion::dueAt)
                    .thenComparing(deletion -> deletion.item().kind())
                    .thenComparing(deletion -> deletion.item().id().value()));
            return List.copyOf(result);
        }

        private Optional<ScheduledDeletion> deadline(StoredItem item) {
            Optional<ScheduledDeletion> known = memo.get(item.ref());
            if (known != null) {
                return known;
            }
            if (!inProgress.add(item.ref())) {
                throw new IllegalArgumentException("parent cycle at " + item.ref());
            }
            Optional<ScheduledDeletion> earliest = Optional.empty();
            for (RetentionRule rule : dataMap.entry(item.kind()).rules()) {
                Optional<ScheduledDeletion> candidate = apply(rule, item);
                if (candidate.isPresent()
                        && (earliest.isEmpty() || candidate.get().dueAt().isBefore(earliest.get().dueAt()))) {
                    earliest = candidate;
                }
            }
            inProgress.remove(item.ref());
            memo.put(item.ref(), earliest);
            return earliest;
        }

        private Optional<ScheduledDeletion> apply(RetentionRule rule, StoredItem item) {
            return switch (rule) {
                case RetentionRule.UntilPurge() -> record.purgeDeadline()
                        .map(deadline -> new ScheduledDeletion(item, deadline, DeletionCause.PURGE_DEADLINE));
                case RetentionRule.MaxIdle() -> Optional.of(new ScheduledDeletion(item,
                        item.lastWrittenAt().plus(settings.operationMaxIdle()), DeletionCause.MAX_IDLE));
                case RetentionRule.WithParent(var parentKind) -> {
                    StoredItem parent = byRef.get(new ItemRef(item.tenant(), parentKind, item.parent().orElseThrow()));
                    yield parent == null
                            ? Optional.of(new ScheduledDeletion(item, item.lastWrittenAt(), DeletionCause.PARENT_DELETED))
                            : deadline(parent).map(due ->
                                    new ScheduledDeletion(item, due.dueAt(), DeletionCause.PARENT_DELETED));
                }
                case RetentionRule.KeepLatest(int keep) -> {
                    List<StoredItem> group = groupsNewestFirst.get(new GroupKey(item.kind(), item.parent()));
                    int position = group.indexOf(item);
                    yield position < keep
                            ? Optional.empty()
                            : Optional.of(new ScheduledDeletion(item, group.get(position - keep).lastWrittenAt(),
                                    DeletionCause.SUPERSEDED));
                }
                case RetentionRule.UntilRemoved() -> Optional.empty();
                case RetentionRule.SessionPeriod() -> Optional.of(new ScheduledDeletion(item,
                        item.lastWrittenAt().plus(settings.sessionRetention()), DeletionCause.SESSION_PERIOD_ELAPSED));
                case RetentionRule.AfterTicketResolved() -> item.resolvedAt().map(resolved -> new ScheduledDeletion(item,
                        resolved.plus(settings.supportRetentionAfterResolved()), DeletionCause.SUPPORT_PERIOD_ELAPSED));
            };
        }
    }
}
