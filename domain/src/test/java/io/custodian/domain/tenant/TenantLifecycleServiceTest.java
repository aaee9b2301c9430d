package io.custodian.domain.tenant;

import io.custodian.domain.common.DirectTransactions;
import io.custodian.domain.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static io.custodian.domain.tenant.Tenants.ROUBAIX;
import static io.custodian.domain.tenant.Tenants.account;
import static io.custodian.domain.tenant.Tenants.install;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantLifecycleServiceTest {

    private static final ClientKey ACME = new ClientKey("acme");

    private final MutableClock clock = new MutableClock();
    private final InMemoryTenantStore store = new InMemoryTenantStore();
    private final InMemorySecretCipher cipher = new InMemorySecretCipher();
    private final DirectTransactions transactions = new DirectTransactions();
    private final TenantLifecycleService lifecycle = new TenantLifecycleService(store, cipher, clock, transactions,
            ROUBAIX, Duration.ofDays(180));

    private InstallationRecord stored() {
        return store.find(ACME).orElseThrow();
    }

    @Test
    void install_creates_an_active_tenant_pinned_to_this_deployment_with_every_account_data_field() {
        Transition transition = lifecycle.install(install("acme"));

        assertThat(transition).isInstanceOf(Transition.Applied.class);
        InstallationRecord record = stored();
        assertThat(record.state()).isEqualTo(TenantState.ACTIVE);
        assertThat(record.location()).isEqualTo(ROUBAIX);
        assertThat(record.installedAt()).isEqualTo(clock.instant());
        assertThat(record.account()).isEqualTo(account());
        assertThat(record.account().addOnKey()).isEqualTo("io.custodian.sync");
        assertThat(record.account().productType()).isEqualTo(ProductType.JIRA);
        assertThat(record.account().serviceEntitlementNumber()).contains("SEN-1234567");
        assertThat(record.account().oauthClientId()).contains("oauth-client-1");
        assertThat(record.account().cloudId()).contains("cloud-1");
        assertThat(record.account().installationId()).contains("installation-1");
        assertThat(record.account().entitlementId()).contains("entitlement-1");
        assertThat(record.account().entitlementNumber()).contains("E-123-456");
        assertThat(record.account().displayUrl()).contains(URI.create("https://acme.atlassian.net"));
        assertThat(record.account().description()).contains("Acme's Jira");
        assertThat(record.markedAt()).isEmpty();
        assertThat(record.purgeDeadline()).isEmpty();
        assertThat(transactions.started()).isEqualTo(1);
    }

    @Test
    void install_keeps_the_shared_secret_only_encrypted_and_never_in_to_string() {
        lifecycle.install(install("acme", "s3cr3t-value-123"));

        InstallationRecord record = stored();
        assertThat(cipher.decrypt(ACME, record.sharedSecret())).contains(new SharedSecret("s3cr3t-value-123"));
        assertThat(record.toString()).doesNotContain("s3cr3t-value-123");
        assertThat(install("acme", "s3cr3t-value-123").toString()).doesNotContain("s3cr3t-value-123");
    }

    @Test
    void an_unverified_install_is_refused_and_stores_nothing() {
        Transition transition = lifecycle.install(new HandleInstallCommand(ACME, account(),
                new SharedSecret("secret"), false));

        assertThat(transition).isEqualTo(new Transition.Refused(LifecycleRefusal.INSTALL_NOT_VERIFIED));
        assertThat(store.find(ACME)).isEmpty();
        assertThat(cipher.hasKey(ACME)).isFalse();
    }

    @Test
    void a_duplicate_install_changes_nothing() {
        lifecycle.install(install("acme"));
        InstallationRecord first = stored();
        clock.advance(Duration.ofMinutes(5));

        Transition again = lifecycle.install(install("acme"));

        assertThat(again).isInstanceOf(Transition.Unchanged.class);
        assertThat(stored()).isEqualTo(first);
    }

    @Test
    void a_reinstall_with_a_new_secret_replaces_the_encrypted_secret() {
        lifecycle.install(install("acme", "old-secret"));
        lifecycle.install(install("acme", "new-secret"));
        assertThat(cipher.decrypt(ACME, stored().sharedSecret())).contains(new SharedSecret("new-secret"));
    }

    @Test
    void disable_keeps_the_data_and_stops_serving_app_requests() {
        lifecycle.install(install("acme"));
        Transition transition = lifecycle.disable(new HandleDisableCommand(ACME));

        assertThat(transition).isInstanceOf(Transition.Applied.class);
        assertThat(stored().state()).isEqualTo(TenantState.DISABLED);
        assertThat(stored().servesAppRequests()).isFalse();
        assertThat(stored().account()).isEqualTo(account());
    }

    @Test
    void enable_after_disable_makes_the_tenant_active_again() {
        lifecycle.install(install("acme"));
        lifecycle.disable(new HandleDisableCommand(ACME));
        assertThat(lifecycle.enable(new HandleEnableCommand(ACME))).isInstanceOf(Transition.Applied.class);
        assertThat(stored().state()).isEqualTo(TenantState.ACTIVE);
    }

    @Test
    void duplicate_enable_and_disable_change_nothing() {
        lifecycle.install(install("acme"));
        assertThat(lifecycle.enable(new HandleEnableCommand(ACME))).isInstanceOf(Transition.Unchanged.class);
        lifecycle.disable(new HandleDisableCommand(ACME));
        assertThat(lifecycle.disable(new HandleDisableCommand(ACME))).isInstanceOf(Transition.Unchanged.class);
        assertThat(stored().state()).isEqualTo(TenantState.DISABLED);
    }

    @Test
    void uninstall_marks_tenant_and_sets_deadline_180_days_later() {
        lifecycle.install(install("acme"));
        clock.advanceDays(3);
        Instant uninstalledAt = clock.instant();

        Transition transition = lifecycle.uninstall(new HandleUninstallCommand(ACME));

        assertThat(transition).isInstanceOf(Transition.Applied.class);
        assertThat(stored().state()).isEqualTo(TenantState.MARKED_FOR_DELETION);
        assertThat(stored().markedAt()).contains(uninstalledAt);
        assertThat(stored().purgeDeadline()).contains(uninstalledAt.plus(Duration.ofDays(180)));
    }

    @Test
    void uninstall_uses_the_configured_grace_period() {
        TenantLifecycleService shortGrace = new TenantLifecycleService(store, cipher, clock, transactions, ROUBAIX,
                Duration.ofDays(30));
        shortGrace.install(install("acme"));
        shortGrace.uninstall(new HandleUninstallCommand(ACME));
        assertThat(stored().purgeDeadline()).contains(clock.instant().plus(Duration.ofDays(30)));
    }

    @Test
    void a_duplicate_uninstall_does_not_move_the_deadline() {
        lifecycle.install(install("acme"));
        lifecycle.uninstall(new HandleUninstallCommand(ACME));
        Optional<Instant> deadline = stored().purgeDeadline();
        clock.advanceDays(10);

        assertThat(lifecycle.uninstall(new HandleUninstallCommand(ACME))).isInstanceOf(Transition.Unchanged.class);
        assertThat(stored().purgeDeadline()).isEqualTo(deadline);
    }

    @Test
    void disabled_arriving_after_uninstalled_leaves_the_tenant_marked() {
        lifecycle.install(install("acme"));
        lifecycle.uninstall(new HandleUninstallCommand(ACME));
        InstallationRecord marked = stored();

        assertThat(lifecycle.disable(new HandleDisableCommand(ACME))).isInstanceOf(Transition.Unchanged.class);
        assertThat(stored()).isEqualTo(marked);
    }

    @Test
    void uninstall_of_a_disabled_tenant_marks_it() {
        lifecycle.install(install("acme"));
        lifecycle.disable(new HandleDisableCommand(ACME));
        lifecycle.uninstall(new HandleUninstallCommand(ACME));
        assertThat(stored().state()).isEqualTo(TenantState.MARKED_FOR_DELETION);
    }

    @Test
    void enable_of_a_marked_tenant_is_refused_with_a_reason() {
        lifecycle.install(install("acme"));
        lifecycle.uninstall(new HandleUninstallCommand(ACME));
        Transition transition = lifecycle.enable(new HandleEnableCommand(ACME));
        assertThat(transition).isEqualTo(new Transition.Refused(LifecycleRefusal.REINSTALL_REQUIRED));
        assertThat(stored().state()).isEqualTo(TenantState.MARKED_FOR_DELETION);
    }

    @Test
    void reinstall_before_the_deadline_clears_the_mark_and_keeps_the_original_installation() {
        lifecycle.install(install("acme"));
        InstallationRecord original = stored();
        clock.advanceDays(1);
        lifecycle.uninstall(new HandleUninstallCommand(ACME));
        clock.advance(Duration.ofDays(180).minusSeconds(1));

        Transition transition = lifecycle.install(install("acme"));

        assertThat(transition).isInstanceOf(Transition.Applied.class);
        assertThat(stored().state()).isEqualTo(TenantState.ACTIVE);
        assertThat(stored().markedAt()).isEmpty();
        assertThat(stored().purgeDeadline()).isEmpty();
        assertThat(stored().installedAt()).isEqualTo(original.installedAt());
        assertThat(stored().sharedSecret()).isEqualTo(original.sharedSecret());
    }

    @Test
    void reinstall_at_or_after_the_deadline_before_the_sweep_is_refused_as_purge_due() {
        lifecycle.install(install("acme"));
        lifecycle.uninstall(new HandleUninstallCommand(ACME));
        clock.advanceDays(180);

        Transition transition = lifecycle.install(install("acme"));

        assertThat(transition).isEqualTo(new Transition.Refused(LifecycleRefusal.PURGE_DUE));
        assertThat(stored().state()).isEqualTo(TenantState.MARKED_FOR_DELETION);
    }

    @Test
    void a_site_rename_updates_the_base_url_of_the_same_tenant() {
        lifecycle.install(install("acme"));
        AccountData renamed = account().withBaseUrl(URI.create("https://acme-renamed.atlassian.net"));

        Transition transition = lifecycle.install(new HandleInstallCommand(ACME, renamed,
                new SharedSecret("shared-secret-of-acme"), true));

        assertThat(transition).isInstanceOf(Transition.Applied.class);
        assertThat(stored().account().baseUrl()).isEqualTo(URI.create("https://acme-renamed.atlassian.net"));
        assertThat(store.all()).hasSize(1);
    }

    @Test
    void a_site_import_with_a_new_client_key_and_the_same_base_url_is_a_new_tenant() {
        lifecycle.install(install("acme"));
        lifecycle.install(install("acme-imported"));

        assertThat(store.all()).extracting(InstallationRecord::clientKey)
                .containsExactlyInAnyOrder(ACME, new ClientKey("acme-imported"));
        assertThat(store.find(new ClientKey("acme-imported")).orElseThrow().account().baseUrl())
                .isEqualTo(stored().account().baseUrl());
    }

    @Test
    void a_reinstall_while_disabled_updates_the_record_and_stays_disabled() {
        lifecycle.install(install("acme"));
        lifecycle.disable(new HandleDisableCommand(ACME));
        lifecycle.install(install("acme", "rotated-secret"));
        assertThat(stored().state()).isEqualTo(TenantState.DISABLED);
        assertThat(cipher.decrypt(ACME, stored().sharedSecret())).contains(new SharedSecret("rotated-secret"));
    }

    @Test
    void events_for_an_unknown_client_key_are_refused_as_not_installed() {
        Transition.Refused notInstalled = new Transition.Refused(LifecycleRefusal.NOT_INSTALLED);
        assertThat(lifecycle.uninstall(new HandleUninstallCommand(ACME))).isEqualTo(notInstalled);
        assertThat(lifecycle.enable(new HandleEnableCommand(ACME))).isEqualTo(notInstalled);
        assertThat(lifecycle.disable(new HandleDisableCommand(ACME))).isEqualTo(notInstalled);
        assertThat(store.all()).isEmpty();
    }

    @Test
    void events_for_a_tenant_pinned_elsewhere_are_refused() {
        store.save(InstallationRecord.freshInstall(ACME, account(), new EncryptedSecret(new byte[]{9}),
                Tenants.ELSEWHERE, clock.instant()));

        assertThat(lifecycle.install(install("acme"))).isInstanceOfSatisfying(Transition.Refused.class,
                refused -> assertThat(refused.refusal()).isEqualTo(LifecycleRefusal.PINNED_ELSEWHERE));
        assertThat(lifecycle.uninstall(new HandleUninstallCommand(ACME))).isInstanceOfSatisfying(
                Transition.Refused.class, refused -> assertThat(refused.reason()).contains("Frankfurt"));
        assertThat(stored().state()).isEqualTo(TenantState.ACTIVE);
    }

    @Test
    void the_grace_period_must_be_positive_and_at_most_180_days() {
        assertThatThrownBy(() -> new TenantLifecycleService(store, cipher, clock, transactions, ROUBAIX,
                Duration.ofDays(181))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("180 days");
        assertThatThrownBy(() -> new TenantLifecycleService(store, cipher, clock, transactions, ROUBAIX,
                Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
