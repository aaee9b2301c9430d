package io.custodian.domain.support;

import io.custodian.domain.appdata.AppDataRefusal;
import io.custodian.domain.appdata.ServedTenants;
import io.custodian.domain.common.Transactions;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.location.DataLocation;
import io.custodian.domain.receipt.CanonicalForm;
import io.custodian.domain.retention.Inventory;
import io.custodian.domain.retention.ItemContent;
import io.custodian.domain.retention.ItemContents;
import io.custodian.domain.retention.OperationItems;
import io.custodian.domain.retention.StoredContent;
import io.custodian.domain.retention.StoredItem;
import io.custodian.domain.tenant.InstallationRecord;
import io.custodian.domain.tenant.TenantStore;
import io.custodian.domain.tenant.TenantView;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Problem reports: in one transaction the tenant is checked (served: installed, ACTIVE, pinned here), the bundle
 * collected from a consistent snapshot, the ticket opened and the bundle stored as its child item; after the commit
 * the report is forwarded to the external help desk (if any) and the answer recorded on the ticket in a second
 * transaction. A failure of the help desk never undoes the ticket.
 */
public final class ReportProblemService implements ReportProblemUseCase {

    private final ServedTenants served;
    private final TenantStore tenants;
    private final Inventory inventory;
    private final ItemContents contents;
    private final OperationItems items;
    private final TicketSink tickets;
    private final TicketForwarder forwarder;
    private final ProblemReportPolicy policy;
    private final InstantSource clock;
    private final Transactions transactions;
    private final Supplier<TicketId> newTicketIds;

    /**
     * @param newTicketIds fresh ticket ids, unique across tenants ({@code () -> TicketId.of(UUID.randomUUID())} in
     *                     production)
     */
    public ReportProblemService(TenantStore tenants, Inventory inventory, ItemContents contents, OperationItems items,
                                TicketSink tickets, TicketForwarder forwarder, ProblemReportPolicy policy,
                                InstantSource clock, Transactions transactions, DataLocation deploymentLocation,
                                Supplier<TicketId> newTicketIds) {
        this.served = new ServedTenants(tenants, deploymentLocation);
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.inventory = Objects.requireNonNull(inventory, "inventory");
        this.contents = Objects.requireNonNull(contents, "contents");
        this.items = Objects.requireNonNull(items, "items");
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.forwarder = Objects.requireNonNull(forwarder, "forwarder");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.newTicketIds = Objects.requireNonNull(newTicketIds, "newTicketIds");
    }

    @Override
    public Outcome report(ReportProblemCommand command) {
        Objects.requireNonNull(command, "command");
        if (policy.check(command.attachments()) instanceof AttachmentDecision.Rejected(var rejection, var message)) {
            return new Rejected(rejection, message);
        }
        Outcome opened = transactions.inTransaction(() -> open(command));
        if (!(opened instanceof Reported reported)) {
            return opened;
        }
        Forwarding forwarding = forward(new ForwardTicketRequest(reported.ticket(), command.report()));
        transactions.run(() -> tickets.recordForwarding(reported.ticket(), forwarding));
        return new Reported(reported.ticket(), reported.openedAt(), reported.bundle(), forwarding);
    }

    private Outcome open(ReportProblemCommand command) {
        Optional<AppDataRefusal> refusal = served.refusal(command.tenant());
        if (refusal.isPresent()) {
            return new Refused(refusal.get());
        }
        InstallationRecord record = tenants.find(command.tenant()).orElseThrow();
        Instant now = CanonicalForm.storedPrecision(clock.instant());
        TicketId id = newTicketIds.get();
        byte[] bundle = bundle(id, now, TenantView.of(record, Optional.empty()), command);
        SupportTicket ticket = SupportTicket.open(id, command.tenant(), now);
        tickets.open(ticket, command.report(), new Forwarding.Pending());
        items.save(StoredItem.child(command.tenant(), ItemKind.SUPPORT_BUNDLE, SupportBundles.itemId(id).value(),
                id.value(), now), new ItemContent(bundle));
        return new Reported(id, now, new BundleInfo(bundle.length, now), new Forwarding.Pending());
    }

    /**
     * The bundle's bytes. Items are collected up to the policy's per-kind and byte limits; should the ZIP still not
     * fit one stored item (content that inflates as JSON text), the byte budget is halved until it does.
     */
    private byte[] bundle(TicketId id, Instant now, TenantView tenant, ReportProblemCommand command) {
        Map<ItemKind, Long> stored = inventory.itemsOf(command.tenant()).stream()
                .collect(Collectors.groupingBy(StoredItem::kind, Collectors.counting()));
        Map<ItemKind, List<StoredContent>> collected = new java.util.EnumMap<>(ItemKind.class);
        for (ItemKind kind : SupportBundleArchive.COLLECTED_KINDS) {
            collected.put(kind, policy.maxItemsPerKind() == 0 ? List.of()
                    : contents.page(command.tenant(), kind, Optional.empty(), policy.maxItemsPerKind()));
        }
        int budget = policy.maxItemBytes();
        while (true) {
            List<BundleContents.KindSection> sections = new ArrayList<>();
            long left = budget;
            for (ItemKind kind : SupportBundleArchive.COLLECTED_KINDS) {
                List<StoredContent> included = new ArrayList<>();
                for (StoredContent item : collected.get(kind)) {
                    if (item.content().size() > left) {
                        break;
                    }
                    left -= item.content().size();
                    included.add(item);
                }
                sections.add(new BundleContents.KindSection(kind, stored.getOrDefault(kind, 0L), included));
            }
            byte[] zip = SupportBundleArchive.write(new BundleContents(id, now, tenant, command.report(), sections,
                    command.attachments(), policy, budget));
            if (zip.length <= ItemContent.MAX_BYTES) {
                return zip;
            }
            if (budget == 0) {
                throw new IllegalStateException("a support bundle without items is larger than "
                        + ItemContent.MAX_BYTES + " bytes; the policy's limits do not fit one stored item");
            }
            budget /= 2;
        }
    }

    /** The help desk's answer as a ticket state. A forwarder that throws is a failed forwarding, not a failed report. */
    private Forwarding forward(ForwardTicketRequest request) {
        ForwardingResult result;
        try {
            result = forwarder.forward(request);
        } catch (RuntimeException e) {
            result = new ForwardingResult.Failed("the help-desk forwarder failed: " + e.getClass().getSimpleName());
        }
        Instant at = CanonicalForm.storedPrecision(clock.instant());
        return switch (result) {
            case ForwardingResult.Disabled disabled -> new Forwarding.NotForwarded();
            case ForwardingResult.Created(String reference) -> new Forwarding.Forwarded(
                    oneLine(reference, Forwarding.MAX_REFERENCE_LENGTH), at);
            case ForwardingResult.Failed(String reason) -> new Forwarding.Failed(
                    oneLine(reason, Forwarding.MAX_REASON_LENGTH), at);
        };
    }

    /** What a help desk answered, as one line of at most {@code max} characters (a result is never blank). */
    private static String oneLine(String text, int max) {
        String line = text.replaceAll("\\p{Cntrl}+", " ").strip();
        if (line.isEmpty()) {
            return "(unreadable answer)";
        }
        return line.length() <= max ? line : line.substring(0, max);
    }
}
