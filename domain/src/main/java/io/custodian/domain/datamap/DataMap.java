package io.custodian.domain.datamap;

import io.custodian.domain.datamap.RetentionRule.AfterTicketResolved;
import io.custodian.domain.datamap.RetentionRule.KeepLatest;
import io.custodian.domain.datamap.RetentionRule.MaxIdle;
import io.custodian.domain.datamap.RetentionRule.SessionPeriod;
import io.custodian.domain.datamap.RetentionRule.UntilPurge;
import io.custodian.domain.datamap.RetentionRule.UntilRemoved;
import io.custodian.domain.datamap.RetentionRule.WithParent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one data map: for every {@link ItemKind} its category, what it is, the rules that end its life and the
 * storage names the adapters registered for it. The persistence adapter, the staff API and the reports all read
 * this map. The declarations are an exhaustive {@code switch} over {@link ItemKind}: a new kind without a
 * description and rules does not compile; {@link ItemKind}'s constructor already demands a category.
 * Immutable; {@link #withStorage} returns a new map.
 */
public final class DataMap {

    /** What the data map says about one kind. */
    public record Entry(ItemKind kind, String description, List<RetentionRule> rules, Set<StorageName> storage) {

        public Entry {
            Objects.requireNonNull(kind, "kind");
            if (description == null || description.isBlank()) {
                throw new IllegalArgumentException("data map entry for " + kind + " needs a description");
            }
            rules = List.copyOf(rules);
            if (!rules.contains(new UntilPurge())) {
                throw new IllegalArgumentException("data map entry for " + kind + " must end at the tenant's purge at the latest");
            }
            if (kind.category() == Category.OPERATION && !rules.contains(new MaxIdle())) {
                throw new IllegalArgumentException("operation kind " + kind + " must carry the max-idle rule");
            }
            if (rules.stream().filter(WithParent.class::isInstance).count() > 1) {
                throw new IllegalArgumentException("data map entry for " + kind + " has more than one parent");
            }
            storage = Collections.unmodifiableSet(new LinkedHashSet<>(storage));
        }

        public Category category() {
            return kind.category();
        }

        /** The kind of the parent this kind is deleted with, if any. */
        public Optional<ItemKind> parent() {
            return rules.stream()
                    .flatMap(rule -> rule instanceof WithParent(ItemKind parent) ? java.util.stream.Stream.of(parent)
                            : java.util.stream.Stream.empty())
                    .findFirst();
        }

        /** How many items of this kind are kept per parent, if the kind is versioned. */
        public Optional<Integer> keepLatest() {
            return rules.stream()
                    .flatMap(rule -> rule instanceof KeepLatest(int count) ? java.util.stream.Stream.of(count)
                            : java.util.stream.Stream.empty())
                    .findFirst();
        }

        /** The retention of this kind in words. */
        public String retention() {
            return rules.stream().map(RetentionRule::describe).collect(Collectors.joining("; "));
        }
    }

    private static final DataMap STANDARD = new DataMap(declareAll());

    private final Map<ItemKind, Entry> entries;

    private DataMap(Map<ItemKind, Entry> entries) {
        this.entries = Collections.unmodifiableMap(new EnumMap<>(entries));
    }

    /** The declarations, with no storage registered yet. */
    public static DataMap standard() {
        return STANDARD;
    }

    public Entry entry(ItemKind kind) {
        return entries.get(Objects.requireNonNull(kind, "kind"));
    }

    /** All entries, in {@link ItemKind} order. */
    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    public List<Entry> entriesIn(Category category) {
        return entries.values().stream().filter(entry -> entry.category() == category).toList();
    }

    /**
     * Registers that an adapter stores items of {@code kind} under {@code name}. A name belongs to exactly one kind,
     * hence to exactly one category: registering it for a second kind is refused.
     */
    public DataMap withStorage(ItemKind kind, StorageName name) {
        Objects.requireNonNull(name, "name");
        Optional<ItemKind> owner = kindStoredIn(name);
        if (owner.isPresent() && owner.get() != kind) {
            throw new IllegalArgumentException("storage " + name + " is already registered for " + owner.get()
                    + " (" + owner.get().category().displayName() + "); it cannot also hold " + kind);
        }
        Map<ItemKind, Entry> copy = new EnumMap<>(entries);
        Entry current = entry(kind);
        Set<StorageName> storage = new LinkedHashSet<>(current.storage());
        storage.add(name);
        copy.put(kind, new Entry(kind, current.description(), current.rules(), storage));
        return new DataMap(copy);
    }

    public Optional<ItemKind> kindStoredIn(StorageName name) {
        return entries.values().stream()
                .filter(entry -> entry.storage().contains(name))
                .map(Entry::kind)
                .findFirst();
    }

    /** Kinds no adapter has registered a storage name for; an adapter's test asserts this is empty. */
    public Set<ItemKind> kindsWithoutStorage() {
        Set<ItemKind> without = EnumSet.noneOf(ItemKind.class);
        entries.values().stream().filter(entry -> entry.storage().isEmpty()).map(Entry::kind).forEach(without::add);
        return Collections.unmodifiableSet(without);
    }

    private static Map<ItemKind, Entry> declareAll() {
        Map<ItemKind, Entry> all = new EnumMap<>(ItemKind.class);
        Arrays.stream(ItemKind.values()).forEach(kind -> all.put(kind, declare(kind)));
        return all;
    }

    private static Entry declare(ItemKind kind) {
        return switch (kind) {
            case INSTALLATION_RECORD -> entry(kind,
                    "The Connect installation: add-on key, product type, client key, base URL, entitlement numbers,"
                            + " the encrypted shared secret, OAuth client id, data location and lifecycle state.",
                    new UntilPurge());
            case LICENSE_INFORMATION -> entry(kind,
                    "The license of the installed add-on as last reported by Atlassian.",
                    new UntilPurge(), new KeepLatest(1), new MaxIdle());
            case SYNC_RELATION -> entry(kind,
                    "A configured connection to another instance along which issues are synchronised.",
                    new UntilPurge(), new UntilRemoved(), new MaxIdle());
            case TWIN_TRACE -> entry(kind,
                    "The record linking a local issue to its remote twin along a sync relation.",
                    new UntilPurge(), new WithParent(ItemKind.SYNC_RELATION), new UntilRemoved(), new MaxIdle());
            case FIELD_TRACE -> entry(kind,
                    "Which field of a twin maps to which, with the hash of its last synced value.",
                    new UntilPurge(), new WithParent(ItemKind.TWIN_TRACE), new MaxIdle());
            case ISSUE_VERSION_COPY -> entry(kind,
                    "A snapshot of a twinned issue as last synced, used to compute changes.",
                    new UntilPurge(), new WithParent(ItemKind.TWIN_TRACE), new KeepLatest(2), new MaxIdle());
            case CONFIGURATION_DOCUMENT -> entry(kind,
                    "Configuration the customer created in the add-on's user interface.",
                    new UntilPurge());
            case USAGE_EVENT -> entry(kind,
                    "One usage-statistics event of the service's functionality.",
                    new UntilPurge(), new SessionPeriod());
            case SUPPORT_TICKET -> entry(kind,
                    "A support ticket opened by a problem report on behalf of the reporting user's e-mail address.",
                    new UntilPurge(), new AfterTicketResolved());
            case SUPPORT_BUNDLE -> entry(kind,
                    "The snapshot a problem report collected for its ticket (secrets excluded).",
                    new UntilPurge(), new WithParent(ItemKind.SUPPORT_TICKET));
        };
    }

    private static Entry entry(ItemKind kind, String description, RetentionRule... rules) {
        return new Entry(kind, description, new ArrayList<>(List.of(rules)), Set.of());
    }
}
