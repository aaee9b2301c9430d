package io.custodian.domain.retention;

import io.custodian.domain.datamap.DataMap;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.tenant.ClientKey;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Fake of the four item out-ports over one map, as the persistence adapter implements them over the same tables:
 * {@link Inventory}, {@link OperationItems}, {@link ExpiredItems}, {@link ItemContents}. Tests seed any kind with
 * {@link #put}.
 */
public final class InMemoryItems implements Inventory, OperationItems, ExpiredItems, ItemContents {

    private final Map<ItemRef, StoredItem> items = new LinkedHashMap<>();
    private final Map<ItemRef, ItemContent> contents = new LinkedHashMap<>();

    /** Seeds or replaces an item of any kind (the other categories' writers are not part of this module yet). */
    public synchronized InMemoryItems put(StoredItem item) {
        if (item.kind() == ItemKind.INSTALLATION_RECORD) {
            throw new IllegalArgumentException("the installation record lives in the TenantStore");
        }
        items.put(item.ref(), item);
        contents.putIfAbsent(item.ref(), new ItemContent(new byte[0]));
        return this;
    }

    public synchronized InMemoryItems putAll(Collection<StoredItem> seed) {
        seed.forEach(this::put);
        return this;
    }

    @Override
    public synchronized void save(StoredItem item, ItemContent content) {
        put(item);
        contents.put(item.ref(), content);
    }

    @Override
    public synchronized void delete(Collection<ItemRef> refs) {
        refs.forEach(ref -> {
            items.remove(ref);
            contents.remove(ref);
        });
    }

    @Override
    public synchronized Set<ClientKey> tenantsWithItems() {
        Set<ClientKey> tenants = new LinkedHashSet<>();
        items.keySet().forEach(ref -> tenants.add(ref.tenant()));
        return tenants;
    }

    @Override
    public synchronized List<StoredItem> itemsOf(ClientKey tenant) {
        return items.values().stream().filter(item -> item.tenant().equals(tenant)).toList();
    }

    @Override
    public synchronized boolean lockForWriting(ItemRef ref) {
        // one thread at a time already: the fake's methods are synchronized
        return find(ref).isPresent();
    }

    @Override
    public synchronized Optional<StoredItem> find(ItemRef ref) {
        return Optional.ofNullable(items.get(ref));
    }

    @Override
    public synchronized List<StoredItem> childrenOf(ItemRef parent) {
        return items.values().stream()
                .filter(item -> item.tenant().equals(parent.tenant()))
                .filter(item -> DataMap.standard().entry(item.kind()).parent().equals(Optional.of(parent.kind())))
                .filter(item -> item.parent().equals(Optional.of(parent.id())))
                .toList();
    }

    @Override
    public synchronized List<StoredItem> itemsOfKind(ClientKey tenant, ItemKind kind, Optional<ItemId> parent) {
        return items.values().stream()
                .filter(item -> item.tenant().equals(tenant) && item.kind() == kind && item.parent().equals(parent))
                .toList();
    }

    public synchronized Optional<ItemContent> content(ItemRef ref) {
        return Optional.ofNullable(contents.get(ref));
    }

    @Override
    public synchronized Optional<ItemContent> read(ItemRef ref) {
        return items.containsKey(ref) ? Optional.ofNullable(contents.get(ref)) : Optional.empty();
    }

    @Override
    public synchronized List<StoredContent> page(ClientKey tenant, ItemKind kind, Optional<ItemId> after, int limit) {
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page limit must be between 1 and " + MAX_PAGE_SIZE + ", was " + limit);
        }
        return items.values().stream()
                .filter(item -> item.tenant().equals(tenant) && item.kind() == kind)
                .filter(item -> after.map(id -> item.id().value().compareTo(id.value()) > 0).orElse(true))
                .sorted(Comparator.comparing(item -> item.id().value()))
                .limit(limit)
                .map(item -> new StoredContent(item, contents.get(item.ref())))
                .toList();
    }

    /** Every item's content, for comparing the whole storage before and after a refused request. */
    public synchronized Map<ItemRef, ItemContent> contents() {
        return Map.copyOf(contents);
    }

    public synchronized List<StoredItem> all() {
        return List.copyOf(items.values());
    }

    public synchronized int size() {
        return items.size();
    }
}
