package io.custodian.domain.support;

import io.custodian.domain.access.StaffId;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.receipt.TenantPseudonym;
import io.custodian.domain.retention.InMemoryItems;
import io.custodian.domain.retention.ItemId;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Fake {@link BundleDownloads}. Whether a ticket's bundle is still stored comes from a predicate; {@link #over} asks
 * an {@link InMemoryItems} for a {@code SUPPORT_BUNDLE} item whose parent is the ticket, of any tenant, as the jOOQ
 * adapter asks the bundle table.
 */
public final class InMemoryBundleDownloads implements BundleDownloads {

    private static final Comparator<BundleDownload> OLDEST_FIRST = Comparator.comparing(BundleDownload::downloadedAt)
            .thenComparing(download -> download.id().value().toString());

    private final Map<DownloadId, BundleDownload> downloads = new LinkedHashMap<>();
    private final Predicate<TicketId> bundleStored;

    public InMemoryBundleDownloads(Predicate<TicketId> bundleStored) {
        this.bundleStored = Objects.requireNonNull(bundleStored, "bundleStored");
    }

    public static InMemoryBundleDownloads over(InMemoryItems items) {
        return new InMemoryBundleDownloads(ticket -> items.all().stream()
                .anyMatch(item -> item.kind() == ItemKind.SUPPORT_BUNDLE
                        && item.parent().equals(Optional.of(new ItemId(ticket.value())))));
    }

    @Override
    public synchronized void record(BundleDownload download) {
        if (downloads.putIfAbsent(download.id(), download) != null) {
            throw new IllegalArgumentException("download " + download.id() + " is recorded already");
        }
    }

    @Override
    public synchronized Optional<BundleDownload> find(DownloadId id) {
        return Optional.ofNullable(downloads.get(id));
    }

    @Override
    public synchronized boolean acknowledgeWipe(DownloadId id, WipeAcknowledgement acknowledgement) {
        BundleDownload download = downloads.get(id);
        if (download == null || download.wipe().isPresent()) {
            return false;
        }
        downloads.put(id, download.wiped(acknowledgement));
        return true;
    }

    @Override
    public synchronized List<BundleDownload> purged(Optional<StaffId> downloadedBy, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        return downloads.values().stream()
                .filter(download -> download.wipe().isEmpty())
                .filter(download -> downloadedBy.map(download.downloadedBy()::equals).orElse(true))
                .filter(download -> !bundleStored.test(download.ticket()))
                .sorted(OLDEST_FIRST)
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized List<BundleDownload> ofTenant(TenantPseudonym tenant) {
        return downloads.values().stream()
                .filter(download -> download.tenant().equals(tenant))
                .sorted(OLDEST_FIRST)
                .toList();
    }
}
