package io.custodian.web.connect.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.custodian.domain.common.DirectTransactions;
import io.custodian.domain.retention.InMemoryItems;
import io.custodian.domain.retention.ItemContent;
import io.custodian.domain.retention.ItemRef;
import io.custodian.domain.retention.StoredItem;
import io.custodian.domain.support.InMemoryTicketSink;
import io.custodian.domain.support.ProblemReportPolicy;
import io.custodian.domain.support.ReportProblemService;
import io.custodian.domain.support.TicketForwarder;
import io.custodian.domain.support.TicketId;
import io.custodian.domain.tenant.InMemorySecretCipher;
import io.custodian.domain.tenant.InMemoryTenantLicenses;
import io.custodian.domain.tenant.InMemoryTenantStore;
import io.custodian.domain.tenant.InstallationRecord;
import io.custodian.domain.tenant.TenantAccessService;
import io.custodian.domain.tenant.TenantLifecycleService;
import io.custodian.domain.testing.MutableClock;
import io.custodian.web.CustodianWebServer;
import io.custodian.web.connect.ConnectModule;
import io.custodian.web.connect.ConnectUseCases;
import io.custodian.web.connect.testing.ConnectHost;
import io.custodian.web.connect.testing.ConnectTestApp;
import io.custodian.web.json.JsonMapping;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * The app under test for the problem-report endpoint: a real {@link CustodianWebServer} on an ephemeral port with
 * {@link ProblemReportModule}'s mounts passed to {@link ConnectModule}'s, as the server wires them, over the domain's
 * {@link ReportProblemService} and the in-memory fakes (tickets and bundles are items of one {@link InMemoryItems}),
 * a {@link MutableClock}, ticket ids {@code T-1}, {@code T-2}, ..., and the {@link ConnectHost} that installs sites
 * and signs their requests.
 */
final class ProblemReportTestApp implements AutoCloseable {

    /** The web server's own body limit: above the endpoint's, so that is what a test meets. */
    static final int MAX_REQUEST_BYTES = 4 * 1024 * 1024;

    final MutableClock clock = new MutableClock();
    final InMemoryTenantStore tenants = new InMemoryTenantStore();
    final InMemoryTenantLicenses licenses = new InMemoryTenantLicenses();
    final InMemorySecretCipher cipher = new InMemorySecretCipher();
    final InMemoryItems items = new InMemoryItems();
    final InMemoryTicketSink tickets = new InMemoryTicketSink(items);
    final DirectTransactions transactions = new DirectTransactions();
    final ProblemReportSettings settings;
    final ConnectHost host;
    private final AtomicLong ticketIds = new AtomicLong();
    private final CustodianWebServer server;

    ProblemReportTestApp(ProblemReportPolicy policy, TicketForwarder forwarder) {
        var location = ConnectTestApp.ROUBAIX;
        var lifecycle = new TenantLifecycleService(tenants, cipher, clock, transactions, location,
                ConnectTestApp.UNINSTALL_GRACE);
        var access = new TenantAccessService(tenants, licenses, cipher, clock, transactions, location);
        var reports = new ReportProblemService(tenants, items, items, items, tickets, forwarder, policy, clock,
                transactions, location, () -> new TicketId("T-" + ticketIds.incrementAndGet()));

        host = new ConnectHost(clock, ConnectTestApp.APP_KEY, ConnectTestApp.APP_BASE_URL);
        settings = ProblemReportSettings.forPolicy(policy);
        server = ConnectTestApp.serve(host, ConnectUseCases.of(lifecycle, access), clock, MAX_REQUEST_BYTES,
                authenticator -> ProblemReportModule.mounts(settings, authenticator, reports));
    }

    static ProblemReportTestApp start() {
        return new ProblemReportTestApp(ProblemReportPolicy.defaults(), TicketForwarder.DISABLED);
    }

    /** Everything the app stores: compare before and after a refused request. */
    Snapshot snapshot() {
        return new Snapshot(tenants.all(), items.all(), items.contents());
    }

    static Map<String, Object> json(HttpResponse<String> response) {
        try {
            return JsonMapping.create().readValue(response.body(), new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    @Override
    public void close() {
        server.close();
        host.close();
    }

    /** The stored state: tenants, items (tickets and bundles among them) with their content. */
    record Snapshot(List<InstallationRecord> tenants, List<StoredItem> items, Map<ItemRef, ItemContent> contents) {
    }
}
