package io.custodian.domain.retention;

import org.junit.jupiter.api.Nested;

import java.util.List;

/** Runs the four item contracts against {@link InMemoryItems}. */
class InMemoryItemsTest {

    @Nested
    class AsInventory extends InventoryContract {
        @Override
        protected Inventory inventoryHolding(List<StoredItem> items) {
            return new InMemoryItems().putAll(items);
        }
    }

    @Nested
    class AsOperationItems extends OperationItemsContract {
        @Override
        protected Storage emptyStorage() {
            InMemoryItems items = new InMemoryItems();
            return new Storage(items, items);
        }
    }

    @Nested
    class AsExpiredItems extends ExpiredItemsContract {
        @Override
        protected Storage storageHolding(List<StoredItem> seed) {
            InMemoryItems items = new InMemoryItems().putAll(seed);
            return new Storage(items, items);
        }
    }

    @Nested
    class AsItemContents extends ItemContentsContract {
        @Override
        protected Storage emptyStorage() {
            InMemoryItems items = new InMemoryItems();
            return new Storage(items, items, items);
        }
    }
}
