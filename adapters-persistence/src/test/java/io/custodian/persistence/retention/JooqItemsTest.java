package io.custodian.persistence.retention;

import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.retention.ExpiredItemsContract;
import io.custodian.domain.retention.Inventory;
import io.custodian.domain.retention.InventoryContract;
import io.custodian.domain.retention.ItemContent;
import io.custodian.domain.retention.ItemContents;
import io.custodian.domain.retention.ItemContentsContract;
import io.custodian.domain.retention.ItemId;
import io.custodian.domain.retention.OperationItemsContract;
import io.custodian.domain.retention.StoredItem;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.LicenseState;
import io.custodian.persistence.tenant.JooqTenantLicenses;
import io.custodian.persistence.tenant.JooqTenantStore;
import io.custodian.persistence.testing.DatabaseTest;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static io.custodian.domain.datamap.ItemKind.CONFIGURATION_DOCUMENT;
import static io.custodian.domain.datamap.ItemKind.LICENSE_INFORMATION;
import static io.custodian.domain.datamap.ItemKind.SUPPORT_BUNDLE;
import static io.custodian.domain.datamap.ItemKind.SUPPORT_TICKET;
import static io.custodian.domain.datamap.ItemKind.SYNC_RELATION;
import static io.custodian.domain.datamap.ItemKind.TWIN_TRACE;
import static io.custodian.domain.retention.Items.child;
import static io.custodian.domain.retention.Items.item;
import static io.custodian.domain.retention.Items.ref;
import static io.custodian.domain.retention.Items.resolvedTicket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JooqItemsTest extends DatabaseTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final ClientKey ACME = new ClientKey("acme");

    /** Installs the tenants of {@code items} and saves them, with empty content, into emptied tables. */
    private static JooqItems holding(List<StoredItem> items) {
        emptyTables();
        installTenants("acme", "globex");
        installTenants(items.stream().map(item -> item.tenant().value()).toList());
        JooqItems jooqItems = new JooqItems(dsl());
        items.forEach(item -> jooqItems.save(item, new ItemContent(new byte[0])));
        return jooqItems;
    }

    @Nested
    class AsInventory extends InventoryContract {
        @Override
        protected Inventory inventoryHolding(List<StoredItem> items) {
            return holding(items);
        }
    }

    @Nested
    class AsOperationItems extends OperationItemsContract {
        @Override
        protected Storage emptyStorage() {
            JooqItems items = holding(List.of());
            return new Storage(items, items);
        }
    }

    @Nested
    class AsItemContents extends ItemContentsContract {
        @Override
        protected Storage emptyStorage() {
            JooqItems items = holding(List.of());
            return new Storage(items, items, items);
        }
    }

    @Nested
    class AsExpiredItems extends ExpiredItemsContract {
        @Override
        protected Storage storageHolding(List<StoredItem> seed) {
            JooqItems items = holding(seed);
            return new Storage(items, items);
        }
    }

    private JooqItems items;

    @BeforeEach
    void emptyStorage() {
        items = holding(List.of());
    }

    @Test
    void an_item_locked_for_writing_stays_locked_for_other_transactions_until_the_holder_ends() throws Exception {
        items.save(item("acme", SYNC_RELATION, "rel-1", T0), new ItemContent(new byte[0]));
        StoredItem twin = child("acme", TWIN_TRACE, "twin-1", "rel-1", T0);
        items.save(twin, new ItemContent(new byte[0]));
        var holding = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);

        try (var pool = java.util.concurrent.Executors.newSingleThreadExecutor()) {
            var holder = pool.submit(() -> dsl().transaction(() -> {
                assertThat(items.lockForWriting(twin.ref())).isTrue();
                holding.countDown();
                assertThat(release.await(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            }));
            assertThat(holding.await(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

            // a second writer cannot take the lock while the holder's transaction is open (NOWAIT-like: it gives up)
            assertThatThrownBy(() -> dsl().transaction(() -> {
                dsl().execute("set local lock_timeout = '200ms'");
                items.lockForWriting(twin.ref());
            })).isInstanceOf(DataAccessException.class).hasMessageContaining("lock timeout");

            release.countDown();
            holder.get(20, java.util.concurrent.TimeUnit.SECONDS);
        }
        assertThat(dsl().transactionResult(() -> items.lockForWriting(twin.ref()))).isTrue();
    }

    @Test
    void content_is_kept_byte_for_byte_and_replaced_by_the_next_save() {
        StoredItem config = item("acme", CONFIGURATION_DOCUMENT, "config", T0);
        byte[] bytes = new byte[1024 * 1024];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        items.save(config, new ItemContent(bytes));
        assertThat(items.read(config.ref())).contains(new ItemContent(bytes));

        items.save(config.writtenAt(T0.plusSeconds(1)), new ItemContent(new byte[]{0, 1, 0}));
        assertThat(items.read(config.ref())).contains(new ItemContent(new byte[]{0, 1, 0}));
        assertThat(items.read(ref("acme", CONFIGURATION_DOCUMENT, "missing"))).isEmpty();
    }

    @Test
    void write_times_are_kept_at_microsecond_precision() {
        StoredItem relation = item("acme", SYNC_RELATION, "rel-1", T0.plusNanos(123_456_789));
        items.save(relation, new ItemContent(new byte[0]));

        assertThat(items.find(relation.ref())).contains(relation.writtenAt(T0.plusNanos(123_456_000)));
    }

    @Test
    void an_item_of_a_tenant_that_is_not_installed_is_refused_by_the_write_gate() {
        StoredItem orphan = item("never-installed", SYNC_RELATION, "rel-1", T0);

        assertThatThrownBy(() -> items.save(orphan, new ItemContent(new byte[0])))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("sync_relation_tenant_fk");
    }

    @Test
    void the_installation_record_is_not_an_item_of_the_inventory() {
        StoredItem installation = StoredItem.of(ACME, ItemKind.INSTALLATION_RECORD, "acme", T0);

        assertThatThrownBy(() -> items.save(installation, new ItemContent(new byte[0])))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TenantStore");
        assertThatThrownBy(() -> items.delete(List.of(installation.ref())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(items.itemsOf(ACME)).isEmpty();
    }

    @Test
    void a_reported_license_is_the_tenants_license_information_item() {
        new JooqTenantLicenses(dsl()).save(ACME, new LicenseState(true, T0));

        assertThat(items.itemsOf(ACME)).containsExactly(item("acme", LICENSE_INFORMATION, "license", T0));
        assertThat(items.tenantsWithItems()).containsExactly(ACME);
    }

    @Test
    void a_license_item_written_without_a_state_reports_no_license_until_one_is_reported() {
        var licenses = new JooqTenantLicenses(dsl());
        StoredItem license = item("acme", LICENSE_INFORMATION, "license", T0);

        items.save(license, new ItemContent(new byte[]{7}));
        assertThat(licenses.find(ACME)).isEmpty();

        licenses.save(ACME, new LicenseState(false, T0.plusSeconds(60)));
        assertThat(licenses.find(ACME)).contains(new LicenseState(false, T0.plusSeconds(60)));
        assertThat(items.find(license.ref())).contains(license.writtenAt(T0.plusSeconds(60)));
        assertThat(items.read(license.ref())).contains(new ItemContent(new byte[]{7}));

        items.delete(List.of(license.ref()));
        assertThat(licenses.find(ACME)).isEmpty();
    }

    @Test
    void a_page_of_license_information_is_the_one_item_and_nothing_after_it() {
        items.save(item("acme", LICENSE_INFORMATION, "license", T0), new ItemContent(new byte[]{1}));

        assertThat(items.page(ACME, LICENSE_INFORMATION, Optional.empty(), 10)).extracting(content -> content.id().value())
                .containsExactly("license");
        assertThat(items.page(ACME, LICENSE_INFORMATION, Optional.of(new ItemId("lic")), 10)).hasSize(1);
        assertThat(items.page(ACME, LICENSE_INFORMATION, Optional.of(new ItemId("license")), 10)).isEmpty();
    }

    @Test
    void a_page_limit_outside_1_to_the_maximum_is_refused() {
        assertThatThrownBy(() -> items.page(ACME, SYNC_RELATION, Optional.empty(), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> items.page(ACME, SYNC_RELATION, Optional.empty(), ItemContents.MAX_PAGE_SIZE + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_tenant_has_one_license_item_with_the_fixed_id() {
        assertThatThrownBy(() -> items.save(item("acme", LICENSE_INFORMATION, "license-2", T0),
                new ItemContent(new byte[0]))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("license");
        assertThat(items.find(ref("acme", LICENSE_INFORMATION, "license-2"))).isEmpty();
    }

    @Test
    void a_ticket_saved_as_an_item_keeps_its_resolution_and_saving_again_can_reopen_it() {
        StoredItem ticket = resolvedTicket("acme", "T-1", T0, T0.plusSeconds(60));
        items.save(ticket, new ItemContent(new byte[0]));
        assertThat(items.find(ticket.ref())).contains(ticket);

        StoredItem reopened = item("acme", SUPPORT_TICKET, "T-1", T0);
        items.save(reopened, new ItemContent(new byte[0]));
        assertThat(items.find(ticket.ref())).contains(reopened);
    }

    @Test
    void items_of_a_kind_ask_for_a_parent_exactly_when_the_kind_has_one() {
        items.save(item("acme", SYNC_RELATION, "rel-1", T0), new ItemContent(new byte[0]));
        items.save(child("acme", TWIN_TRACE, "twin-1", "rel-1", T0), new ItemContent(new byte[0]));

        assertThat(items.itemsOfKind(ACME, TWIN_TRACE, Optional.empty())).isEmpty();
        assertThat(items.itemsOfKind(ACME, SYNC_RELATION, Optional.of(new ItemId("x"))))
                .isEmpty();
        assertThat(items.childrenOf(ref("acme", TWIN_TRACE, "twin-1"))).isEmpty();
        assertThat(items.childrenOf(ref("acme", CONFIGURATION_DOCUMENT, "config"))).isEmpty();
    }
}
