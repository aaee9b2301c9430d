package io.custodian.persistence.support;

import io.custodian.domain.access.StaffId;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.receipt.TenantPseudonym;
import io.custodian.domain.retention.ItemContent;
import io.custodian.domain.retention.StoredItem;
import io.custodian.domain.support.BundleDownload;
import io.custodian.domain.support.BundleDownloads;
import io.custodian.domain.support.BundleDownloadsContract;
import io.custodian.domain.support.DownloadId;
import io.custodian.domain.support.Forwarding;
import io.custodian.domain.support.ProblemReport;
import io.custodian.domain.support.ReporterEmail;
import io.custodian.domain.support.SupportBundles;
import io.custodian.domain.support.SupportTicket;
import io.custodian.domain.support.TicketId;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.persistence.retention.JooqItems;
import io.custodian.persistence.testing.DatabaseTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.custodian.persistence.jooq.Tables.SUPPORT_DOWNLOAD;
import static org.assertj.core.api.Assertions.assertThat;

class JooqBundleDownloadsTest extends DatabaseTest {

    private static final ClientKey ACME_KEY = new ClientKey("acme");
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    @Nested
    class Contract extends BundleDownloadsContract {
        @Override
        protected Storage emptyStorage() {
            emptyTables();
            installTenants("acme");
            JooqItems items = new JooqItems(dsl());
            JooqTicketSink tickets = new JooqTicketSink(dsl());
            JooqBundleDownloads downloads = new JooqBundleDownloads(dsl());
            return new Storage() {
                @Override
                public BundleDownloads downloads() {
                    return downloads;
                }

                @Override
                public void storeBundle(TicketId ticket) {
                    tickets.open(SupportTicket.open(ticket, ACME_KEY, T0),
                            new ProblemReport(new ReporterEmail("jane@acme.example"), "x", ""),
                            new Forwarding.NotForwarded());
                    items.save(StoredItem.child(ACME_KEY, ItemKind.SUPPORT_BUNDLE, ticket.value(), ticket.value(), T0),
                            new ItemContent(new byte[]{1}));
                }

                @Override
                public void deleteBundle(TicketId ticket) {
                    items.delete(List.of(SupportBundles.ref(ACME_KEY, ticket)));
                }
            };
        }
    }

    @Test
    void a_download_outlives_the_tenant_and_never_names_its_client_key() {
        emptyTables();
        installTenants("acme");
        JooqBundleDownloads downloads = new JooqBundleDownloads(dsl());
        BundleDownload download = new BundleDownload(new DownloadId(UUID.randomUUID()), new TicketId("T-1"),
                new TenantPseudonym("c".repeat(64)), new StaffId(UUID.randomUUID()), T0, 10, "d".repeat(64),
                Optional.empty());
        downloads.record(download);

        dsl().execute("delete from tenant_data_key");
        dsl().execute("delete from tenant");

        assertThat(downloads.find(download.id())).contains(download);
        assertThat(SUPPORT_DOWNLOAD.fields()).noneMatch(field -> field.getName().equals("client_key"));
    }
}
