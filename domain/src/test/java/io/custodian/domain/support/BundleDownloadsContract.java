package io.custodian.domain.support;

import io.custodian.domain.access.StaffId;
import io.custodian.domain.receipt.TenantPseudonym;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract of {@link BundleDownloads}, run against the fake here and the jOOQ adapter there. */
public abstract class BundleDownloadsContract {

    protected static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    protected static final TenantPseudonym ACME = new TenantPseudonym("a".repeat(64));
    protected static final TenantPseudonym GLOBEX = new TenantPseudonym("b".repeat(64));
    private static final StaffId ALICE = new StaffId(new UUID(0, 1));
    private static final StaffId BOB = new StaffId(new UUID(0, 2));

    /** The port under test, and how a test stores and deletes a ticket's bundle in the storage it looks at. */
    public interface Storage {
        BundleDownloads downloads();

        /** Stores a ticket (of tenant {@code acme}) with its support bundle. */
        void storeBundle(TicketId ticket);

        /** Deletes the ticket's bundle, as retention does. */
        void deleteBundle(TicketId ticket);
    }

    /** Storage holding no downloads and no bundles. */
    protected abstract Storage emptyStorage();

    private static BundleDownload download(int id, String ticket, TenantPseudonym tenant, StaffId staff,
                                           Instant at) {
        return new BundleDownload(new DownloadId(new UUID(1, id)), new TicketId(ticket), tenant, staff, at, 2048,
                "0123456789abcdef".repeat(4), Optional.empty());
    }

    private static List<Integer> ids(List<BundleDownload> downloads) {
        return downloads.stream().map(download -> (int) download.id().value().getLeastSignificantBits()).toList();
    }

    @Test
    public void a_recorded_download_is_found_as_recorded() {
        Storage storage = emptyStorage();
        BundleDownload download = download(1, "T-1", ACME, ALICE, T0);
        storage.downloads().record(download);

        assertThat(storage.downloads().find(download.id())).contains(download);
        assertThat(storage.downloads().find(new DownloadId(new UUID(9, 9)))).isEmpty();
    }

    @Test
    public void a_download_id_is_recorded_once() {
        Storage storage = emptyStorage();
        storage.downloads().record(download(1, "T-1", ACME, ALICE, T0));

        assertThatThrownBy(() -> storage.downloads().record(download(1, "T-2", GLOBEX, BOB, T0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    public void a_wipe_is_acknowledged_once_and_the_first_acknowledgement_stands() {
        Storage storage = emptyStorage();
        BundleDownload download = download(1, "T-1", ACME, ALICE, T0);
        storage.downloads().record(download);

        WipeAcknowledgement first = new WipeAcknowledgement(ALICE, T0.plusSeconds(60));
        assertThat(storage.downloads().acknowledgeWipe(download.id(), first)).isTrue();
        assertThat(storage.downloads().acknowledgeWipe(download.id(), new WipeAcknowledgement(ALICE,
                T0.plusSeconds(120)))).isFalse();
        assertThat(storage.downloads().acknowledgeWipe(new DownloadId(new UUID(9, 9)), first)).isFalse();

        assertThat(storage.downloads().find(download.id())).contains(download.wiped(first));
    }

    @Test
    public void purged_lists_unacknowledged_downloads_whose_bundle_is_gone_oldest_first() {
        Storage storage = emptyStorage();
        storage.storeBundle(new TicketId("T-kept"));
        storage.storeBundle(new TicketId("T-gone"));
        storage.downloads().record(download(1, "T-kept", ACME, ALICE, T0));
        storage.downloads().record(download(2, "T-gone", ACME, ALICE, T0.plusSeconds(2)));
        storage.downloads().record(download(3, "T-gone", ACME, BOB, T0.plusSeconds(1)));
        storage.downloads().record(download(4, "T-never-stored", ACME, ALICE, T0.plusSeconds(3)));
        storage.downloads().record(download(5, "T-gone", ACME, ALICE, T0.plusSeconds(4)));
        storage.downloads().acknowledgeWipe(new DownloadId(new UUID(1, 5)),
                new WipeAcknowledgement(ALICE, T0.plusSeconds(5)));

        assertThat(ids(storage.downloads().purged(Optional.empty(), 100))).containsExactly(4);
        storage.deleteBundle(new TicketId("T-gone"));

        assertThat(ids(storage.downloads().purged(Optional.empty(), 100))).containsExactly(3, 2, 4);
        assertThat(ids(storage.downloads().purged(Optional.of(ALICE), 100))).containsExactly(2, 4);
        assertThat(ids(storage.downloads().purged(Optional.empty(), 2))).containsExactly(3, 2);
    }

    @Test
    public void downloads_of_a_tenant_are_listed_by_its_pseudonym_oldest_first() {
        Storage storage = emptyStorage();
        storage.downloads().record(download(1, "T-1", ACME, ALICE, T0.plusSeconds(5)));
        storage.downloads().record(download(2, "T-2", GLOBEX, ALICE, T0));
        storage.downloads().record(download(3, "T-1", ACME, BOB, T0));

        assertThat(ids(storage.downloads().ofTenant(ACME))).containsExactly(3, 1);
        assertThat(ids(storage.downloads().ofTenant(GLOBEX))).containsExactly(2);
    }
}
