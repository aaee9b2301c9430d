package io.custodian.domain.retention;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.custodian.domain.datamap.ItemKind.LICENSE_INFORMATION;
import static io.custodian.domain.datamap.ItemKind.SYNC_RELATION;
import static io.custodian.domain.datamap.ItemKind.TWIN_TRACE;
import static io.custodian.domain.retention.Items.child;
import static io.custodian.domain.retention.Items.item;
import static org.assertj.core.api.Assertions.assertThat;

/** The contract of {@link OperationItems}, run against the fake here and the jOOQ adapter there. */
public abstract class OperationItemsContract {

    protected static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    /** The port under test and an {@link Inventory} over the same, empty storage. */
    public record Storage(OperationItems operationItems, Inventory inventory) {
    }

    protected abstract Storage emptyStorage();

    @Test
    void a_saved_item_appears_in_the_inventory() {
        Storage storage = emptyStorage();
        StoredItem relation = item("acme", SYNC_RELATION, "rel-1", T0);
        storage.operationItems().save(relation, new ItemContent(new byte[]{1, 2}));
        assertThat(storage.inventory().find(relation.ref())).contains(relation);
    }

    @Test
    void saving_the_same_reference_again_replaces_metadata_without_duplicating() {
        Storage storage = emptyStorage();
        StoredItem license = item("acme", LICENSE_INFORMATION, "license", T0);
        storage.operationItems().save(license, new ItemContent(new byte[]{1}));
        storage.operationItems().save(license.writtenAt(T0.plusSeconds(30)), new ItemContent(new byte[]{2}));
        assertThat(storage.inventory().itemsOf(license.tenant())).containsExactly(license.writtenAt(T0.plusSeconds(30)));
    }

    @Test
    void locking_an_item_for_writing_tells_whether_it_exists() {
        Storage storage = emptyStorage();
        StoredItem twin = child("acme", TWIN_TRACE, "twin-1", "rel-1", T0);
        storage.operationItems().save(item("acme", SYNC_RELATION, "rel-1", T0), new ItemContent(new byte[0]));
        storage.operationItems().save(twin, new ItemContent(new byte[0]));

        assertThat(storage.operationItems().lockForWriting(twin.ref())).isTrue();
        assertThat(storage.operationItems().lockForWriting(Items.ref("acme", TWIN_TRACE, "twin-2"))).isFalse();
        assertThat(storage.operationItems().lockForWriting(Items.ref("globex", TWIN_TRACE, "twin-1"))).isFalse();
    }

    @Test
    void keeps_the_parent_of_a_child_item() {
        Storage storage = emptyStorage();
        storage.operationItems().save(item("acme", SYNC_RELATION, "rel-1", T0), new ItemContent(new byte[0]));
        StoredItem twin = child("acme", TWIN_TRACE, "twin-1", "rel-1", T0);
        storage.operationItems().save(twin, new ItemContent(new byte[0]));
        assertThat(storage.inventory().childrenOf(Items.ref("acme", SYNC_RELATION, "rel-1"))).containsExactly(twin);
    }
}
