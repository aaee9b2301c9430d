package io.custodian.domain.support;

import io.custodian.domain.audit.Actor;
import io.custodian.domain.audit.AuditAction;
import io.custodian.domain.audit.AuditOutcome;
import io.custodian.domain.audit.AuditSubject;
import io.custodian.domain.audit.RecordAuditEntryCommand;
import io.custodian.domain.audit.RecordAuditEntryUseCase;
import io.custodian.domain.common.Transactions;
import io.custodian.domain.datamap.Category;
import io.custodian.domain.receipt.CanonicalForm;
import io.custodian.domain.receipt.TenantPseudonymiser;
import io.custodian.domain.retention.ItemContent;
import io.custodian.domain.retention.ItemContents;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Support-bundle downloads and the wiping of the copies: each download is recorded (tenant pseudonymised, the bytes'
 * SHA-256), the downloads whose bundle the server has since deleted are listed for the clients to wipe, and a wipe
 * acknowledgement is recorded once and audited. Downloads are staff reads: the staff API authorises and audits them.
 */
public final class BundleDownloadService implements DownloadBundleUseCase, PurgedDownloadsUseCase,
        AcknowledgeWipeUseCase {

    /** The audit action of a wipe acknowledgement. */
    public static final AuditAction ACKNOWLEDGE_WIPE = new AuditAction("support-bundle.acknowledge-wipe");

    private final TicketSink tickets;
    private final ItemContents contents;
    private final BundleDownloads downloads;
    private final TenantPseudonymiser pseudonymiser;
    private final RecordAuditEntryUseCase audit;
    private final InstantSource clock;
    private final Transactions transactions;
    private final Supplier<DownloadId> newDownloadIds;

    /** @param newDownloadIds fresh download ids ({@code () -> new DownloadId(UUID.randomUUID())} in production) */
    public BundleDownloadService(TicketSink tickets, ItemContents contents, BundleDownloads downloads,
                                 TenantPseudonymiser pseudonymiser, RecordAuditEntryUseCase audit, InstantSource clock,
                                 Transactions transactions, Supplier<DownloadId> newDownloadIds) {
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.contents = Objects.requireNonNull(contents, "contents");
        this.downloads = Objects.requireNonNull(downloads, "downloads");
        this.pseudonymiser = Objects.requireNonNull(pseudonymiser, "pseudonymiser");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.newDownloadIds = Objects.requireNonNull(newDownloadIds, "newDownloadIds");
    }

    @Override
    public DownloadBundleUseCase.Outcome download(DownloadBundleCommand command) {
        Objects.requireNonNull(command, "command");
        return transactions.inTransaction(() -> {
            Optional<SupportTicket> ticket = tickets.find(command.ticket());
            if (ticket.isEmpty()) {
                return new TicketNotFound();
            }
            Optional<ItemContent> bundle = contents.read(SupportBundles.ref(ticket.get().tenant(), command.ticket()));
            if (bundle.isEmpty()) {
                return new BundleNotFound();
            }
            byte[] bytes = bundle.get().bytes();
            BundleDownload download = new BundleDownload(newDownloadIds.get(), command.ticket(),
                    pseudonymiser.pseudonymise(ticket.get().tenant()), command.staff(),
                    CanonicalForm.storedPrecision(clock.instant()), bytes.length, SupportBundleArchive.sha256(bytes),
                    Optional.empty());
            downloads.record(download);
            return new Downloaded(download, bundle.get(), SupportBundles.fileName(command.ticket()));
        });
    }

    @Override
    public List<BundleDownload> purged(PurgedDownloadsQuery query) {
        Objects.requireNonNull(query, "query");
        return transactions.inTransaction(() -> downloads.purged(query.downloadedBy(), query.limit()));
    }

    @Override
    public AcknowledgeWipeUseCase.Outcome acknowledge(AcknowledgeWipeCommand command) {
        Objects.requireNonNull(command, "command");
        return transactions.inTransaction(() -> {
            Optional<BundleDownload> found = downloads.find(command.download());
            if (found.isEmpty()) {
                return new NotFound();
            }
            BundleDownload download = found.get();
            if (download.wipe().isPresent()) {
                return new AlreadyAcknowledged(download);
            }
            if (!download.downloadedBy().equals(command.staff())) {
                record(command, new AuditOutcome.Refused("only the staff member who downloaded the bundle ("
                        + download.downloadedBy() + ") holds the copy and acknowledges its wipe"));
                return new NotDownloader();
            }
            Instant now = CanonicalForm.storedPrecision(clock.instant());
            Instant at = now.isBefore(download.downloadedAt()) ? download.downloadedAt() : now;
            WipeAcknowledgement acknowledgement = new WipeAcknowledgement(command.staff(), at);
            if (!downloads.acknowledgeWipe(download.id(), acknowledgement)) {
                // acknowledged concurrently since it was read: the first acknowledgement stands
                return new AlreadyAcknowledged(downloads.find(download.id()).orElseThrow());
            }
            record(command, AuditOutcome.SUCCEEDED);
            return new Acknowledged(download.wiped(acknowledgement));
        });
    }

    private void record(AcknowledgeWipeCommand command, AuditOutcome outcome) {
        // the download names the tenant by pseudonym only; the audit entry names the download, which leads to it
        audit.record(new RecordAuditEntryCommand(Actor.staff(command.staff()), ACKNOWLEDGE_WIPE,
                Optional.of(new AuditSubject("bundle-download", command.download().toString())), Optional.empty(),
                Optional.of(Category.SUPPORT), Optional.empty(), outcome));
    }
}
