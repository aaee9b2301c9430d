package io.custodian.domain.tenant;

import io.custodian.domain.common.DirectTransactions;
import io.custodian.domain.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static io.custodian.domain.tenant.Tenants.ELSEWHERE;
import static io.custodian.domain.tenant.Tenants.ROUBAIX;
import static io.custodian.domain.tenant.Tenants.account;
import static io.custodian.domain.tenant.Tenants.install;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantAccessServiceTest {

    private static final ClientKey ACME = new ClientKey("acme");

    private final MutableClock clock = new MutableClock();
    private final InMemoryTenantStore store = new InMemoryTenantStore();
    private final InMemoryTenantLicenses licenses = new InMemoryTenantLicenses();
    private final InMemorySecretCipher cipher = new InMemorySecretCipher();
    private final DirectTransactions transactions = new DirectTransactions();
    private final TenantLifecycleService lifecycle = new TenantLifecycleService(store, cipher, clock, transactions,
            ROUBAIX, Duration.ofDays(180));
    private final TenantAccessService access = new TenantAccessService(store, licenses, cipher, clock, transactions,
            ROUBAIX);

    @Test
    void an_active_tenant_has_its_decrypted_secret_and_is_served() {
        lifecycle.install(install("acme", "the-shared-secret"));

        TenantCredentials credentials = access.credentials(ACME).orElseThrow();

        assertThat(credentials.sharedSecret()).isEqualTo(new SharedSecret("the-shared-secret"));
        assertThat(credentials.state()).isEqualTo(TenantState.ACTIVE);
        assertThat(credentials.servesAppRequests()).isTrue();
        assertThat(credentials.toString()).doesNotContain("the-shared-secret");
    }

    @Test
    void a_disabled_tenant_has_credentials_but_is_refused() {
        lifecycle.install(install("acme"));
        lifecycle.disable(new HandleDisableCommand(ACME));

        TenantCredentials credentials = access.credentials(ACME).orElseThrow();

        assertThat(credentials.refusal()).contains(AppRequestRefusal.TENANT_DISABLED);
        assertThat(credentials.servesAppRequests()).isFalse();
    }

    @Test
    void an_uninstalled_tenant_has_credentials_but_is_refused() {
        lifecycle.install(install("acme"));
        lifecycle.uninstall(new HandleUninstallCommand(ACME));

        assertThat(access.credentials(ACME).orElseThrow().refusal()).contains(AppRequestRefusal.TENANT_UNINSTALLED);
    }

    @Test
    void an_unknown_tenant_or_one_whose_key_was_destroyed_has_no_credentials() {
        assertThat(access.credentials(ACME)).isEmpty();

        lifecycle.install(install("acme"));
        cipher.destroyKey(ACME);

        assertThat(access.credentials(ACME)).isEmpty();
    }

    @Test
    void a_tenant_pinned_elsewhere_is_refused_and_not_shown() {
        store.save(InstallationRecord.freshInstall(ACME, account(), cipher.encrypt(ACME, new SharedSecret("s")),
                ELSEWHERE, clock.instant()));

        assertThat(access.credentials(ACME).orElseThrow().refusal()).contains(AppRequestRefusal.PINNED_ELSEWHERE);
        assertThat(access.find(ACME)).isEmpty();
        assertThat(access.record(new RecordLicenseCommand(ACME, true))).isInstanceOf(RecordLicenseUseCase.Refused.class);
        assertThat(licenses.all()).isEmpty();
    }

    @Test
    void the_view_has_account_data_state_location_and_license_but_no_secret() {
        lifecycle.install(install("acme", "the-shared-secret"));
        access.record(new RecordLicenseCommand(ACME, true));

        TenantView view = access.find(ACME).orElseThrow();

        assertThat(view.account()).isEqualTo(account());
        assertThat(view.state()).isEqualTo(TenantState.ACTIVE);
        assertThat(view.location()).isEqualTo(ROUBAIX);
        assertThat(view.installedAt()).isEqualTo(clock.instant());
        assertThat(view.purgeDeadline()).isEmpty();
        assertThat(view.license()).contains(new LicenseState(true, clock.instant()));
        assertThat(view.toString()).doesNotContain("the-shared-secret");
    }

    @Test
    void the_view_of_an_unknown_tenant_is_empty() {
        assertThat(access.find(ACME)).isEmpty();
    }

    @Test
    void a_license_is_written_when_first_reported_when_it_changes_and_after_the_refresh_interval() {
        lifecycle.install(install("acme"));

        assertThat(access.record(RecordLicenseCommand.fromConnect(ACME, "active")))
                .isInstanceOf(RecordLicenseUseCase.Recorded.class);
        clock.advance(Duration.ofMinutes(5));
        assertThat(access.record(RecordLicenseCommand.fromConnect(ACME, "active")))
                .isInstanceOf(RecordLicenseUseCase.Unchanged.class);
        assertThat(access.record(RecordLicenseCommand.fromConnect(ACME, "none")))
                .isEqualTo(new RecordLicenseUseCase.Recorded(new LicenseState(false, clock.instant())));
        clock.advance(LicenseState.REFRESH_INTERVAL);
        assertThat(access.record(RecordLicenseCommand.fromConnect(ACME, "none")))
                .isInstanceOf(RecordLicenseUseCase.Recorded.class);

        assertThat(licenses.writes()).isEqualTo(3);
        assertThat(licenses.find(ACME)).contains(new LicenseState(false, clock.instant()));
    }

    @Test
    void anything_but_the_exact_value_active_is_unlicensed() {
        assertThat(RecordLicenseCommand.fromConnect(ACME, "active").active()).isTrue();
        assertThat(RecordLicenseCommand.fromConnect(ACME, "none").active()).isFalse();
        assertThat(RecordLicenseCommand.fromConnect(ACME, "ACTIVE ").active()).isFalse();
        assertThat(RecordLicenseCommand.fromConnect(ACME, null).active()).isFalse();
    }

    @Test
    void a_license_is_not_recorded_for_a_tenant_that_is_not_served() {
        assertThat(access.record(new RecordLicenseCommand(ACME, true))).isInstanceOf(RecordLicenseUseCase.Refused.class);
        lifecycle.install(install("acme"));
        lifecycle.disable(new HandleDisableCommand(ACME));

        assertThat(access.record(new RecordLicenseCommand(ACME, true))).isInstanceOf(RecordLicenseUseCase.Refused.class);
        assertThat(licenses.writes()).isZero();
    }

    @Test
    void credentials_of_a_tenant_that_is_not_active_must_carry_a_refusal() {
        assertThatThrownBy(() -> new TenantCredentials(ACME, new SharedSecret("s"), TenantState.DISABLED,
                Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TenantCredentials(ACME, new SharedSecret("s"), TenantState.PURGED,
                Optional.of(AppRequestRefusal.TENANT_UNINSTALLED))).isInstanceOf(IllegalArgumentException.class);
    }
}
