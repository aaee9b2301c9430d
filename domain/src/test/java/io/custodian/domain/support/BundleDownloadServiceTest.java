package io.custodian.domain.support;

import io.custodian.domain.audit.Actor;
import io.custodian.domain.audit.AuditEntry;
import io.custodian.domain.audit.AuditSubject;
import io.custodian.domain.datamap.Category;
import io.custodian.domain.tenant.ClientKey;
import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.custodian.domain.support.SupportFixture.ALICE;
import static io.custodian.domain.support.SupportFixture.BOB;
import static org.assertj.core.api.Assertions.assertThat;

class BundleDownloadServiceTest {

    private final SupportFixture support = new SupportFixture();

    private BundleDownload download(TicketId ticket, io.custodian.domain.access.StaffId staff) {
        var outcome = support.bundles.download(new DownloadBundleCommand(ticket, staff));
        assertThat(outcome).isInstanceOf(DownloadBundleUseCase.Downloaded.class);
        return ((DownloadBundleUseCase.Downloaded) outcome).download();
    }

    @Test
    void a_download_returns_the_bundle_and_records_who_downloaded_what_when() throws Exception {
        support.custody.install("acme");
        TicketId ticket = support.reportOk("acme").ticket();
        support.custody.clock.advance(Duration.ofMinutes(5));

        var outcome = support.bundles.download(new DownloadBundleCommand(ticket, ALICE));

        byte[] stored = support.bundleOf("acme", ticket);
        assertThat(outcome).isInstanceOfSatisfying(DownloadBundleUseCase.Downloaded.class, downloaded -> {
            assertThat(downloaded.bundle().bytes()).isEqualTo(stored);
            assertThat(downloaded.fileName()).isEqualTo("custodian-support-bundle-" + ticket.value() + ".zip");
            BundleDownload download = downloaded.download();
            assertThat(download.id()).isEqualTo(new DownloadId(new UUID(2, 1)));
            assertThat(download.ticket()).isEqualTo(ticket);
            assertThat(download.downloadedBy()).isEqualTo(ALICE);
            assertThat(download.downloadedAt()).isEqualTo(support.custody.clock.instant());
            assertThat(download.tenant()).isEqualTo(SupportFixture.PSEUDONYMISER.pseudonymise(new ClientKey("acme")));
            assertThat(download.bundleBytes()).isEqualTo(stored.length);
            assertThat(download.wipe()).isEmpty();
            assertThat(support.downloads.find(download.id())).contains(download);
        });
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(stored));
        assertThat(support.downloads.find(new DownloadId(new UUID(2, 1))).orElseThrow().bundleSha256()).isEqualTo(sha);
        assertThat(support.audit()).isEmpty(); // a staff read: audited by the staff API
    }

    @Test
    void every_download_is_recorded_with_its_own_id() {
        support.custody.install("acme");
        TicketId ticket = support.reportOk("acme").ticket();

        BundleDownload first = download(ticket, ALICE);
        BundleDownload second = download(ticket, ALICE);

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(support.downloads.ofTenant(SupportFixture.PSEUDONYMISER.pseudonymise(new ClientKey("acme"))))
                .containsExactly(first, second);
    }

    @Test
    void an_unknown_ticket_or_a_deleted_bundle_is_not_downloaded_and_not_recorded() {
        support.custody.install("acme");
        TicketId ticket = support.reportOk("acme").ticket();
        support.custody.items.delete(List.of(SupportBundles.ref(new ClientKey("acme"), ticket)));

        assertThat(support.bundles.download(new DownloadBundleCommand(new TicketId("T-404"), ALICE)))
                .isEqualTo(new DownloadBundleUseCase.TicketNotFound());
        assertThat(support.bundles.download(new DownloadBundleCommand(ticket, ALICE)))
                .isEqualTo(new DownloadBundleUseCase.BundleNotFound());
        assertThat(support.downloads.purged(Optional.empty(), 10)).isEmpty();
    }

    @Test
    void downloads_are_listed_for_wiping_once_the_retention_sweep_deleted_their_bundle() {
        support.custody.install("acme");
        TicketId resolvedTicket = support.reportOk("acme").ticket();
        TicketId openTicket = support.reportOk("acme").ticket();
        BundleDownload alices = download(resolvedTicket, ALICE);
        BundleDownload bobs = download(resolvedTicket, BOB);
        BundleDownload stillStored = download(openTicket, ALICE);
        support.desk.resolve(new ResolveTicketCommand(resolvedTicket, ALICE));
        assertThat(support.bundles.purged(new PurgedDownloadsQuery(Optional.empty(), 100))).isEmpty();

        support.custody.clock.advance(support.custody.settings.supportRetentionAfterResolved());
        support.custody.sweep();

        assertThat(support.bundles.purged(new PurgedDownloadsQuery(Optional.empty(), 100)))
                .containsExactly(alices, bobs);
        assertThat(support.bundles.purged(PurgedDownloadsQuery.of(ALICE))).containsExactly(alices);
        assertThat(support.downloads.find(stillStored.id())).isPresent();
    }

    @Test
    void downloads_are_listed_for_wiping_after_the_tenants_purge() {
        support.custody.install("acme");
        TicketId ticket = support.reportOk("acme").ticket();
        BundleDownload download = download(ticket, ALICE);
        support.custody.uninstall("acme");

        support.custody.clock.advance(support.custody.settings.uninstallGrace());
        support.custody.sweep();

        assertThat(support.custody.record("acme")).isEmpty();
        assertThat(support.bundles.purged(PurgedDownloadsQuery.of(ALICE))).containsExactly(download);
    }

    @Test
    void an_acknowledged_wipe_is_recorded_audited_and_no_longer_listed() {
        support.custody.install("acme");
        TicketId ticket = support.reportOk("acme").ticket();
        BundleDownload download = download(ticket, ALICE);
        support.desk.resolve(new ResolveTicketCommand(ticket, ALICE));
        support.custody.clock.advance(support.custody.settings.supportRetentionAfterResolved());
        support.custody.sweep();
        int entries = support.audit().size();

        var outcome = support.bundles.acknowledge(new AcknowledgeWipeCommand(download.id(), ALICE));

        WipeAcknowledgement wipe = new WipeAcknowledgement(ALICE, support.custody.clock.instant());
        assertThat(outcome).isEqualTo(new AcknowledgeWipeUseCase.Acknowledged(download.wiped(wipe)));
        assertThat(support.downloads.find(download.id()).orElseThrow().wipe()).contains(wipe);
        assertThat(support.bundles.purged(PurgedDownloadsQuery.of(ALICE))).isEmpty();
        assertThat(support.audit()).hasSize(entries + 1);
        AuditEntry entry = support.audit().getLast();
        assertThat(entry.content().actor()).isEqualTo(Actor.staff(ALICE));
        assertThat(entry.content().action()).isEqualTo(BundleDownloadService.ACKNOWLEDGE_WIPE);
        assertThat(entry.content().subject()).contains(new AuditSubject("bundle-download", download.id().toString()));
        assertThat(entry.content().category()).contains(Category.SUPPORT);
        assertThat(entry.content().outcome().code()).isEqualTo("SUCCEEDED");
    }

    @Test
    void acknowledging_again_changes_and_records_nothing() {
        support.custody.install("acme");
        BundleDownload download = download(support.reportOk("acme").ticket(), ALICE);
        support.bundles.acknowledge(new AcknowledgeWipeCommand(download.id(), ALICE));
        BundleDownload acknowledged = support.downloads.find(download.id()).orElseThrow();
        int entries = support.audit().size();
        support.custody.clock.advance(Duration.ofHours(1));

        var again = support.bundles.acknowledge(new AcknowledgeWipeCommand(download.id(), ALICE));

        assertThat(again).isEqualTo(new AcknowledgeWipeUseCase.AlreadyAcknowledged(acknowledged));
        assertThat(support.downloads.find(download.id())).contains(acknowledged);
        assertThat(support.audit()).hasSize(entries);
    }

    @Test
    void only_the_downloader_acknowledges_the_wipe_and_a_refusal_is_audited() {
        support.custody.install("acme");
        BundleDownload download = download(support.reportOk("acme").ticket(), ALICE);

        var refused = support.bundles.acknowledge(new AcknowledgeWipeCommand(download.id(), BOB));
        var unknown = support.bundles.acknowledge(new AcknowledgeWipeCommand(new DownloadId(new UUID(9, 9)), ALICE));

        assertThat(refused).isEqualTo(new AcknowledgeWipeUseCase.NotDownloader());
        assertThat(unknown).isEqualTo(new AcknowledgeWipeUseCase.NotFound());
        assertThat(support.downloads.find(download.id()).orElseThrow().wipe()).isEmpty();
        AuditEntry entry = support.audit().getLast();
        assertThat(entry.content().actor()).isEqualTo(Actor.staff(BOB));
        assertThat(entry.content().outcome().code()).isEqualTo("REFUSED");
        assertThat(support.audit()).hasSize(1);
    }
}
