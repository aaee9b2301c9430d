package io.custodian.domain.support;

import io.custodian.domain.access.StaffId;
import io.custodian.domain.audit.AuditEntry;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.receipt.HmacTenantPseudonymiser;
import io.custodian.domain.retention.CustodyFixture;
import io.custodian.domain.retention.ItemContent;
import io.custodian.domain.retention.ItemId;
import io.custodian.domain.retention.RecordOperationItemCommand;
import io.custodian.domain.retention.RecordOperationItemUseCase;
import io.custodian.domain.retention.RetentionSettings;
import io.custodian.domain.tenant.ClientKey;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The support services wired over the {@link CustodyFixture}'s in-memory fakes and clock, as the server wires them:
 * tickets and bundles are items of the same {@code InMemoryItems} retention sweeps. Ticket ids {@code T-1},
 * {@code T-2}, ...; download ids {@code 00000000-0000-0002-0000-00000000000n}.
 */
final class SupportFixture {

    static final HmacTenantPseudonymiser PSEUDONYMISER = new HmacTenantPseudonymiser(new byte[32]);
    static final StaffId ALICE = new StaffId(new UUID(0, 1));
    static final StaffId BOB = new StaffId(new UUID(0, 2));

    final CustodyFixture custody;
    final InMemoryTicketSink tickets;
    final InMemoryBundleDownloads downloads;
    final ScriptedTicketForwarder forwarder;
    final ReportProblemService reports;
    final SupportDeskService desk;
    final BundleDownloadService bundles;
    private final AtomicLong ticketIds = new AtomicLong();
    private final AtomicLong downloadIds = new AtomicLong();

    SupportFixture() {
        this(ProblemReportPolicy.defaults(), ScriptedTicketForwarder.answering(new ForwardingResult.Disabled()));
    }

    SupportFixture(ProblemReportPolicy policy, ScriptedTicketForwarder forwarder) {
        this.custody = new CustodyFixture(RetentionSettings.defaults());
        this.tickets = new InMemoryTicketSink(custody.items);
        this.downloads = InMemoryBundleDownloads.over(custody.items);
        this.forwarder = forwarder;
        this.reports = new ReportProblemService(custody.tenants, custody.items, custody.items, custody.items, tickets,
                forwarder, policy, custody.clock, custody.transactions, io.custodian.domain.tenant.Tenants.ROUBAIX,
                () -> new TicketId("T-" + ticketIds.incrementAndGet()));
        this.desk = new SupportDeskService(tickets, custody.audit, custody.clock, custody.transactions);
        this.bundles = new BundleDownloadService(tickets, custody.items, downloads, PSEUDONYMISER, custody.audit,
                custody.clock, custody.transactions, () -> new DownloadId(new UUID(2, downloadIds.incrementAndGet())));
    }

    static ProblemReport report(String summary) {
        return new ProblemReport(new ReporterEmail("jane@acme.example"), summary, "It broke.\nSee the log.");
    }

    static Attachment attachment(String name, String text) {
        return new Attachment(AttachmentName.sanitise(name), text.getBytes(StandardCharsets.UTF_8));
    }

    /** Reports a problem of {@code tenant} with the given attachments, which must succeed. */
    ReportProblemUseCase.Reported reportOk(String tenant, Attachment... attachments) {
        ReportProblemUseCase.Outcome outcome = reports.report(new ReportProblemCommand(new ClientKey(tenant),
                report("Sync stopped"), List.of(attachments)));
        if (!(outcome instanceof ReportProblemUseCase.Reported reported)) {
            throw new AssertionError("report not accepted: " + outcome);
        }
        return reported;
    }

    /** Writes an operation or configuration item with a JSON text content. */
    void write(String tenant, ItemKind kind, String id, String parentId, String json) {
        RecordOperationItemUseCase.Outcome outcome = custody.operations.record(new RecordOperationItemCommand(
                new ClientKey(tenant), kind, new ItemId(id), Optional.ofNullable(parentId).map(ItemId::new),
                new ItemContent(json.getBytes(StandardCharsets.UTF_8))));
        if (!(outcome instanceof RecordOperationItemUseCase.Recorded)) {
            throw new AssertionError("not written: " + outcome);
        }
    }

    /** Stores a configuration document with a JSON text content. */
    void configure(String tenant, String name, String json) {
        var outcome = custody.configuration.put(new io.custodian.domain.appdata.PutConfigurationCommand(
                new ClientKey(tenant), new io.custodian.domain.appdata.ConfigurationName(name),
                new ItemContent(json.getBytes(StandardCharsets.UTF_8))));
        if (!(outcome instanceof io.custodian.domain.appdata.PutConfigurationUseCase.Stored)) {
            throw new AssertionError("not stored: " + outcome);
        }
    }

    /** The stored bundle of a ticket. */
    byte[] bundleOf(String tenant, TicketId ticket) {
        return custody.items.content(SupportBundles.ref(new ClientKey(tenant), ticket)).orElseThrow().bytes();
    }

    List<AuditEntry> audit() {
        return custody.auditTrail.streamAll().toList();
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
