package io.custodian.web.connect.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import io.custodian.domain.appdata.ConfigurationService;
import io.custodian.domain.appdata.ItemReadService;
import io.custodian.domain.appdata.UsagePolicy;
import io.custodian.domain.appdata.UsageService;
import io.custodian.domain.common.DirectTransactions;
import io.custodian.domain.retention.InMemoryItems;
import io.custodian.domain.retention.ItemContent;
import io.custodian.domain.retention.ItemRef;
import io.custodian.domain.retention.OperationDataService;
import io.custodian.domain.retention.StoredItem;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.InMemorySecretCipher;
import io.custodian.domain.tenant.InMemoryTenantLicenses;
import io.custodian.domain.tenant.InMemoryTenantStore;
import io.custodian.domain.tenant.InstallationRecord;
import io.custodian.domain.tenant.LicenseState;
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
 * The app under test for the app data API: a real {@link CustodianWebServer} on an ephemeral port with
 * {@link DataApiModule}'s mounts passed to {@link ConnectModule}'s, as the server wires them, over the domain
 * services and the in-memory fakes ({@link InMemoryItems} holds every item), a {@link MutableClock}, and the
 * {@link ConnectHost} that installs sites and signs their requests.
 */
final class DataApiTestApp implements AutoCloseable {

    /** The web server's own body limit: above the data API's limits, so those are what a test meets. */
    static final int MAX_REQUEST_BYTES = 1024 * 1024;

    final MutableClock clock = new MutableClock();
    final InMemoryTenantStore tenants = new InMemoryTenantStore();
    final InMemoryTenantLicenses licenses = new InMemoryTenantLicenses();
    final InMemorySecretCipher cipher = new InMemorySecretCipher();
    final InMemoryItems items = new InMemoryItems();
    final DirectTransactions transactions = new DirectTransactions();
    final ConnectHost host;
    private final AtomicLong usageIds = new AtomicLong();
    private final CustodianWebServer server;

    private DataApiTestApp(DataApiSettings dataSettings) {
        var location = ConnectTestApp.ROUBAIX;
        var lifecycle = new TenantLifecycleService(tenants, cipher, clock, transactions, location,
                ConnectTestApp.UNINSTALL_GRACE);
        var access = new TenantAccessService(tenants, licenses, cipher, clock, transactions, location);
        var operations = new OperationDataService(tenants, items, items, items, clock, transactions, location);
        var configuration = new ConfigurationService(tenants, items, items, items, items, clock, transactions,
                location);
        var usage = new UsageService(tenants, items, clock, transactions, location, UsagePolicy.defaults(),
                () -> new UUID(0, usageIds.incrementAndGet()));
        var reads = new ItemReadService(tenants, items, transactions, location);

        host = new ConnectHost(clock, ConnectTestApp.APP_KEY, ConnectTestApp.APP_BASE_URL);
        server = ConnectTestApp.serve(host, ConnectUseCases.of(lifecycle, access), clock, MAX_REQUEST_BYTES,
                authenticator -> DataApiModule.mounts(dataSettings, authenticator,
                        DataUseCases.of(operations, reads, configuration, usage)));
    }

    static DataApiTestApp start() {
        return start(DataApiSettings.defaults());
    }

    static DataApiTestApp start(DataApiSettings settings) {
        return new DataApiTestApp(settings);
    }

    /** Everything the app stores: compare before and after a refused request. */
    Snapshot snapshot() {
        return new Snapshot(tenants.all(), licenses.all(), items.all(), items.contents());
    }

    /** The stored content of an item as UTF-8 text. */
    String contentOf(ItemRef ref) {
        return items.content(ref).map(ItemContent::bytes)
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                .orElseThrow(() -> new AssertionError("not stored: " + ref));
    }

    ClientKey clientKey(io.custodian.web.connect.testing.Site site) {
        return new ClientKey(site.clientKey());
    }

    static Map<String, Object> json(HttpResponse<String> response) {
        try {
            return JsonMapping.create().readValue(response.body(), new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    static Map<String, Object> json(String text) {
        try {
            return JsonMapping.create().readValue(text, new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }

    @Override
    public void close() {
        server.close();
        host.close();
    }

    /** The stored state: tenants, license states, items with their content. */
    record Snapshot(List<InstallationRecord> tenants, Map<ClientKey, LicenseState> licenses, List<StoredItem> items,
                    Map<ItemRef, ItemContent> contents) {
    }
}
