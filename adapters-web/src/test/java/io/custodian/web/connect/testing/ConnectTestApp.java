package io.custodian.web.connect.testing;

import java.net.URI;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.custodian.domain.common.DirectTransactions;
import io.custodian.domain.location.DataLocation;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.InMemorySecretCipher;
import io.custodian.domain.tenant.InMemoryTenantLicenses;
import io.custodian.domain.tenant.InMemoryTenantStore;
import io.custodian.domain.tenant.InstallationRecord;
import io.custodian.domain.tenant.LicenseState;
import io.custodian.domain.tenant.SharedSecret;
import io.custodian.domain.tenant.TenantAccessService;
import io.custodian.domain.tenant.TenantLifecycleService;
import io.custodian.domain.testing.MutableClock;
import io.custodian.web.CustodianWebServer;
import io.custodian.web.ServiceInfo;
import io.custodian.web.ServiceMount;
import io.custodian.web.WebSettings;
import io.custodian.web.connect.ConnectModule;
import io.custodian.web.connect.ConnectSettings;
import io.custodian.web.connect.ConnectUseCases;
import io.custodian.web.connect.AppRequestAuthenticator;
import io.custodian.web.connect.jwt.HttpInstallKeyProvider;

/**
 * The app under test: a real {@link CustodianWebServer} on an ephemeral port with the Connect mounts, wired to the
 * domain's {@link TenantLifecycleService} and {@link TenantAccessService} over in-memory fakes, a fake AES-GCM
 * {@link InMemorySecretCipher} and a {@link MutableClock}, plus the {@link ConnectHost} that talks to it.
 */
public final class ConnectTestApp implements AutoCloseable {

    public static final DataLocation ROUBAIX = new DataLocation("Roubaix, France");
    public static final String APP_KEY = "io.custodian.sync";
    public static final String APP_BASE_URL = "https://custodian.example.com";
    public static final Duration UNINSTALL_GRACE = Duration.ofDays(180);

    public final MutableClock clock = new MutableClock();
    public final InMemoryTenantStore store = new InMemoryTenantStore();
    public final InMemoryTenantLicenses licenses = new InMemoryTenantLicenses();
    public final InMemorySecretCipher cipher = new InMemorySecretCipher();
    public final DirectTransactions transactions = new DirectTransactions();
    public final TenantLifecycleService lifecycle =
            new TenantLifecycleService(store, cipher, clock, transactions, ROUBAIX, UNINSTALL_GRACE);
    public final TenantAccessService access =
            new TenantAccessService(store, licenses, cipher, clock, transactions, ROUBAIX);
    public final ConnectHost host;
    public final ConnectSettings settings;
    private final CustodianWebServer server;

    private ConnectTestApp() {
        host = new ConnectHost(clock, APP_KEY, APP_BASE_URL);
        settings = settings().build();
        server = serve(host, ConnectUseCases.of(lifecycle, access), clock, 64 * 1024, authenticator -> List.of());
    }

    /**
     * Starts a real web server on an ephemeral port with the Connect mounts ({@link #settings()}) and the app API
     * mounts {@code appApi} makes from the app request authenticator, as the server wires them; signed installs are
     * checked against {@code host}'s key server, and {@code host} is pointed at the server.
     */
    public static CustodianWebServer serve(ConnectHost host, ConnectUseCases useCases, InstantSource clock,
                                           int maxRequestBytes,
                                           Function<AppRequestAuthenticator, List<ServiceMount>> appApi) {
        ConnectSettings connect = settings().build();
        HttpInstallKeyProvider keys = new HttpInstallKeyProvider(host.keyServer().baseUrl(), Duration.ofSeconds(2),
                Duration.ofSeconds(2));
        List<ServiceMount> appMounts = appApi.apply(ConnectModule.appRequestAuthenticator(connect, useCases, clock));
        CustodianWebServer server = CustodianWebServer.builder()
                .settings(new WebSettings("127.0.0.1", 0, maxRequestBytes))
                .serviceInfo(new ServiceInfo("Custodian", "test", ROUBAIX.name()))
                .services(ConnectModule.mounts(connect, useCases, keys, clock, appMounts))
                .build()
                .start();
        host.target(server.port());
        return server;
    }

    /** Start the server and the host simulator. */
    public static ConnectTestApp start() {
        return new ConnectTestApp();
    }

    /** The settings the app runs with: production mode (https everywhere but the loopback key server). */
    public static ConnectSettings.Builder settings() {
        return ConnectSettings.builder()
                .appKey(APP_KEY)
                .name("Custodian Sync")
                .description("Data custody for issue sync")
                .vendor("Custodian", URI.create("https://custodian.example.com/vendor"))
                .baseUrl(APP_BASE_URL)
                .scopes(List.of("read", "WRITE"))
                .enableLicensing(true)
                .allowedAudiences(List.of(URI.create("https://old.custodian.example.com/")));
    }

    public int port() {
        return server.port();
    }

    /** Everything the app stores: compare before and after a refused request. */
    public Snapshot snapshot() {
        return new Snapshot(store.all(), licenses.all());
    }

    /** The plain secret the domain holds for a tenant. */
    public SharedSecret secretOf(Site site) {
        InstallationRecord record = record(site);
        return cipher.decrypt(record.clientKey(), record.sharedSecret()).orElseThrow();
    }

    public InstallationRecord record(Site site) {
        return store.find(new ClientKey(site.clientKey())).orElseThrow();
    }

    @Override
    public void close() {
        server.close();
        host.close();
    }

    /** The stored state. */
    public record Snapshot(List<InstallationRecord> tenants, Map<ClientKey, LicenseState> licenses) {
    }
}
