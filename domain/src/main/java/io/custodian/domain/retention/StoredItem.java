package io.custodian.domain.retention;

import io.custodian.domain.datamap.DataMap;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.InstallationRecord;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What retention knows about a stored item: never its content, only what the rules need.
 *
 * @param parent        the id of the item it is deleted with; present exactly when the data map gives the kind a
 *                      parent (twin trace → sync relation, field trace and issue version copy → twin trace,
 *                      support bundle → support ticket)
 * @param lastWrittenAt the last time the item was written (created or updated)
 * @param resolvedAt    when the support ticket was resolved; only for support tickets
 */
public record StoredItem(ItemRef ref, Optional<ItemId> parent, Instant lastWrittenAt, Optional<Instant> resolvedAt) {

    public StoredItem {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(lastWrittenAt, "lastWrittenAt");
        Objects.requireNonNull(resolvedAt, "resolvedAt");
        Optional<ItemKind> parentKind = DataMap.standard().entry(ref.kind()).parent();
        if (parentKind.isPresent() != parent.isPresent()) {
            throw new IllegalArgumentException(parentKind
                    .map(kind -> ref.kind() + " needs the id of its parent " + kind)
                    .orElse(ref.kind() + " has no parent"));
        }
        if (resolvedAt.isPresent() && ref.kind() != ItemKind.SUPPORT_TICKET) {
            throw new IllegalArgumentException("only a support ticket has a resolution time, not " + ref.kind());
        }
    }

    /** An item without parent or resolution. */
    public static StoredItem of(ClientKey tenant, ItemKind kind, String id, Instant lastWrittenAt) {
        return new StoredItem(new ItemRef(tenant, kind, new ItemId(id)), Optional.empty(), lastWrittenAt, Optional.empty());
    }

    /** An item deleted with its parent. */
    public static StoredItem child(ClientKey tenant, ItemKind kind, String id, String parentId, Instant lastWrittenAt) {
        return new StoredItem(new ItemRef(tenant, kind, new ItemId(id)), Optional.of(new ItemId(parentId)), lastWrittenAt,
                Optional.empty());
    }

    /** The installation record seen as an item of kind {@link ItemKind#INSTALLATION_RECORD}, id = client key. */
    public static StoredItem installationOf(InstallationRecord record) {
        return new StoredItem(new ItemRef(record.clientKey(), ItemKind.INSTALLATION_RECORD,
                new ItemId(record.clientKey().value())), Optional.empty(), record.installedAt(), Optional.empty());
    }

    public ClientKey tenant() {
        return ref.tenant();
    }

    public ItemKind kind() {
        return ref.kind();
    }

    public ItemId id() {
        return ref.id();
    }

    /** The parent's reference, if the kind has a parent. */
    public Optional<ItemRef> parentRef() {
        return DataMap.standard().entry(ref.kind()).parent()
                .map(kind -> new ItemRef(ref.tenant(), kind, parent.orElseThrow()));
    }

    /** The same item, written again at {@code at}. */
    public StoredItem writtenAt(Instant at) {
        return new StoredItem(ref, parent, at, resolvedAt);
    }

    /** The same support ticket, resolved at {@code at}. */
    public StoredItem resolvedAt(Instant at) {
        return new StoredItem(ref, parent, lastWrittenAt, Optional.of(at));
    }
}
