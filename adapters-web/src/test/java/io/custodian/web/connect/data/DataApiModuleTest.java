package io.custodian.web.connect.data;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.custodian.domain.appdata.ConfigurationService;
import io.custodian.domain.appdata.ItemReadService;
import io.custodian.domain.appdata.UsagePolicy;
import io.custodian.domain.appdata.UsageService;
import io.custodian.domain.common.DirectTransactions;
import io.custodian.domain.retention.InMemoryItems;
import io.custodian.domain.retention.OperationDataService;
import io.custodian.domain.tenant.InMemorySecretCipher;
import io.custodian.domain.tenant.InMemoryTenantLicenses;
import io.custodian.domain.tenant.InMemoryTenantStore;
import io.custodian.domain.tenant.TenantAccessService;
import io.custodian.domain.tenant.TenantLifecycleService;
import io.custodian.domain.testing.MutableClock;
import io.custodian.web.ServiceMount;
import io.custodian.web.connect.ConnectModule;
import io.custodian.web.connect.ConnectSettings;
import io.custodian.web.connect.ConnectUseCases;
import io.custodian.web.connect.jwt.HttpInstallKeyProvider;
import io.custodian.web.connect.testing.ConnectTestApp;
import io.custodian.web.http.PathGuard;

import static org.assertj.core.api.Assertions.assertThat;

/** How the app data API is mounted: all under {@code /connect/v1}, path guard first, ahead of the Connect catch-all. */
class DataApiModuleTest {

    private final MutableClock clock = new MutableClock();
    private final InMemoryTenantStore tenants = new InMemoryTenantStore();
    private final InMemoryItems items = new InMemoryItems();
    private final DirectTransactions transactions = new DirectTransactions();
    private final ConnectUseCases connectUseCases = ConnectUseCases.of(
            new TenantLifecycleService(tenants, new InMemorySecretCipher(), clock, transactions, ConnectTestApp.ROUBAIX,
                    ConnectTestApp.UNINSTALL_GRACE),
            new TenantAccessService(tenants, new InMemoryTenantLicenses(), new InMemorySecretCipher(), clock,
                    transactions, ConnectTestApp.ROUBAIX));
    private final ConnectSettings connect = ConnectTestApp.settings().build();

    private List<ServiceMount> dataApi() {
        var location = ConnectTestApp.ROUBAIX;
        return DataApiModule.mounts(DataApiSettings.defaults(),
                ConnectModule.appRequestAuthenticator(connect, connectUseCases, clock),
                DataUseCases.of(new OperationDataService(tenants, items, items, items, clock, transactions, location),
                        new ItemReadService(tenants, items, transactions, location),
                        new ConfigurationService(tenants, items, items, items, items, clock, transactions, location),
                        new UsageService(tenants, items, clock, transactions, location, UsagePolicy.defaults(),
                                java.util.UUID::randomUUID)));
    }

    @Test
    void every_data_api_service_is_mounted_under_the_app_api_prefix_with_the_path_guard_first() {
        List<ServiceMount> mounts = dataApi();

        assertThat(mounts).extracting(ServiceMount::pathPrefix).containsOnly("/connect/v1");
        assertThat(mounts.getFirst().service()).isInstanceOf(PathGuard.class);
    }

    @Test
    void the_connect_module_places_app_api_mounts_before_its_own_app_api_catch_all() {
        List<ServiceMount> dataApi = dataApi();
        HttpInstallKeyProvider keys = new HttpInstallKeyProvider(java.net.URI.create("http://127.0.0.1:9"),
                Duration.ofSeconds(1), Duration.ofSeconds(1));

        List<ServiceMount> mounts = ConnectModule.mounts(connect, connectUseCases, keys, clock, dataApi);

        assertThat(mounts).hasSize(3 + dataApi.size());
        assertThat(mounts.subList(2, 2 + dataApi.size())).isEqualTo(dataApi);
        assertThat(mounts.getLast().pathPrefix()).isEqualTo("/connect/v1");
        assertThat(dataApi).doesNotContain(mounts.getLast());
    }

    @Test
    void the_path_guard_recognises_dot_segments_and_encoded_separators_only() {
        assertThat(PathGuard.isAmbiguous("/connect/v1/relations/../license")).isTrue();
        assertThat(PathGuard.isAmbiguous("/connect/v1/relations/.")).isTrue();
        assertThat(PathGuard.isAmbiguous("/connect/v1/relations/%2E%2e")).isTrue();
        assertThat(PathGuard.isAmbiguous("/connect/v1/relations/.%2E/x")).isTrue();
        assertThat(PathGuard.isAmbiguous("/connect/v1/relations/a%2Fb")).isTrue();
        assertThat(PathGuard.isAmbiguous("/connect/v1/relations/a%5cb")).isTrue();
        assertThat(PathGuard.isAmbiguous("/connect/v1/relations/rel.1/twins/..a")).isFalse();
        assertThat(PathGuard.isAmbiguous("/connect/v1/relations/...")).isFalse();
        assertThat(PathGuard.isAmbiguous("/connect/v1/tenant/")).isFalse();
        assertThat(PathGuard.isAmbiguous("/connect/v1/relations/a%20b")).isFalse();
    }
}
