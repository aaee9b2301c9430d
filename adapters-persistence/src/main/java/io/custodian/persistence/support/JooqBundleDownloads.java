package io.custodian.persistence.support;

import io.custodian.domain.access.StaffId;
import io.custodian.domain.receipt.TenantPseudonym;
import io.custodian.domain.support.BundleDownload;
import io.custodian.domain.support.BundleDownloads;
import io.custodian.domain.support.DownloadId;
import io.custodian.domain.support.TicketId;
import io.custodian.domain.support.WipeAcknowledgement;
import io.custodian.persistence.DatabaseTime;
import io.custodian.persistence.jooq.tables.records.SupportDownloadRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static io.custodian.persistence.jooq.Tables.SUPPORT_BUNDLE;
import static io.custodian.persistence.jooq.Tables.SUPPORT_DOWNLOAD;

/**
 * {@link BundleDownloads} on the {@code support_download} table (migration V7): a custody record that names the tenant
 * by pseudonym and the bundle by its ticket id, size and SHA-256, and outlives the bundle. Whether a download's bundle
 * is still stored is asked of {@code support_bundle} by the ticket id alone (the bundle's parent; ticket ids are unique
 * across tenants), in the same statement. Joins the caller's transaction.
 */
public final class JooqBundleDownloads implements BundleDownloads {

    private final DSLContext dsl;

    public JooqBundleDownloads(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    /** @throws IllegalArgumentException if a download with this id is recorded already */
    @Override
    public void record(BundleDownload download) {
        Objects.requireNonNull(download, "download");
        SupportDownloadRecord row = dsl.newRecord(SUPPORT_DOWNLOAD);
        row.setDownloadId(download.id().value());
        row.setTicketId(download.ticket().value());
        row.setTenantPseudonym(download.tenant().value());
        row.setDownloadedBy(download.downloadedBy().value());
        row.setDownloadedAt(DatabaseTime.utc(download.downloadedAt()));
        row.setBundleBytes(download.bundleBytes());
        row.setBundleSha256(download.bundleSha256());
        row.setWipeAcknowledgedBy(download.wipe().map(wipe -> wipe.by().value()).orElse(null));
        row.setWipeAcknowledgedAt(download.wipe().map(wipe -> DatabaseTime.utc(wipe.at())).orElse(null));
        int inserted = dsl.insertInto(SUPPORT_DOWNLOAD).set(row)
                .onConflict(SUPPORT_DOWNLOAD.DOWNLOAD_ID).doNothing()
                .execute();
        if (inserted == 0) {
            throw new IllegalArgumentException("download " + download.id() + " is recorded already");
        }
    }

    @Override
    public Optional<BundleDownload> find(DownloadId id) {
        Objects.requireNonNull(id, "id");
        return dsl.selectFrom(SUPPORT_DOWNLOAD)
                .where(SUPPORT_DOWNLOAD.DOWNLOAD_ID.eq(id.value()))
                .fetchOptional(JooqBundleDownloads::toDomain);
    }

    @Override
    public boolean acknowledgeWipe(DownloadId id, WipeAcknowledgement acknowledgement) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(acknowledgement, "acknowledgement");
        return dsl.update(SUPPORT_DOWNLOAD)
                .set(SUPPORT_DOWNLOAD.WIPE_ACKNOWLEDGED_BY, acknowledgement.by().value())
                .set(SUPPORT_DOWNLOAD.WIPE_ACKNOWLEDGED_AT, DatabaseTime.utc(acknowledgement.at()))
                .where(SUPPORT_DOWNLOAD.DOWNLOAD_ID.eq(id.value()))
                .and(SUPPORT_DOWNLOAD.WIPE_ACKNOWLEDGED_AT.isNull())
                .execute() == 1;
    }

    @Override
    public List<BundleDownload> purged(Optional<StaffId> downloadedBy, int limit) {
        Objects.requireNonNull(downloadedBy, "downloadedBy");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        return dsl.selectFrom(SUPPORT_DOWNLOAD)
                .where(SUPPORT_DOWNLOAD.WIPE_ACKNOWLEDGED_AT.isNull())
                .and(downloadedBy.map(staff -> SUPPORT_DOWNLOAD.DOWNLOADED_BY.eq(staff.value()))
                        .orElse(DSL.noCondition()))
                .andNotExists(DSL.selectOne().from(SUPPORT_BUNDLE)
                        .where(SUPPORT_BUNDLE.PARENT_ID.eq(SUPPORT_DOWNLOAD.TICKET_ID)))
                .orderBy(SUPPORT_DOWNLOAD.DOWNLOADED_AT, SUPPORT_DOWNLOAD.DOWNLOAD_ID)
                .limit(limit)
                .fetch(JooqBundleDownloads::toDomain);
    }

    @Override
    public List<BundleDownload> ofTenant(TenantPseudonym tenant) {
        Objects.requireNonNull(tenant, "tenant");
        return dsl.selectFrom(SUPPORT_DOWNLOAD)
                .where(SUPPORT_DOWNLOAD.TENANT_PSEUDONYM.eq(tenant.value()))
                .orderBy(SUPPORT_DOWNLOAD.DOWNLOADED_AT, SUPPORT_DOWNLOAD.DOWNLOAD_ID)
                .fetch(JooqBundleDownloads::toDomain);
    }

    private static BundleDownload toDomain(SupportDownloadRecord row) {
        Optional<WipeAcknowledgement> wipe = Optional.ofNullable(row.getWipeAcknowledgedAt())
                .map(at -> new WipeAcknowledgement(new StaffId(row.getWipeAcknowledgedBy()), at.toInstant()));
        return new BundleDownload(new DownloadId(row.getDownloadId()), new TicketId(row.getTicketId()),
                new TenantPseudonym(row.getTenantPseudonym()), new StaffId(row.getDownloadedBy()),
                row.getDownloadedAt().toInstant(), row.getBundleBytes(), row.getBundleSha256(), wipe);
    }
}
