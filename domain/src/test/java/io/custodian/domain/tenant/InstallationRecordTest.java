package io.custodian.domain.tenant;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static io.custodian.domain.tenant.Tenants.ROUBAIX;
import static io.custodian.domain.tenant.Tenants.account;
import static io.custodian.domain.tenant.Tenants.activeRecord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InstallationRecordTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final Duration GRACE = Duration.ofDays(180);
    private static final EncryptedSecret SECRET = new EncryptedSecret(new byte[]{1, 2, 3});

    private static InstallationRecord after(Transition transition) {
        return ((Transition.Applied) transition).after();
    }

    @Test
    void a_purged_tenant_reinstalling_becomes_a_fresh_installation() {
        InstallationRecord marked = after(activeRecord("acme", T0).uninstall(T0.plusSeconds(10), GRACE));
        InstallationRecord purged = after(marked.purge());
        Instant later = T0.plus(Duration.ofDays(200));

        Transition transition = InstallationRecord.install(Optional.of(purged), purged.clientKey(), account(), SECRET,
                true, ROUBAIX, later);

        InstallationRecord fresh = after(transition);
        assertThat(fresh.state()).isEqualTo(TenantState.ACTIVE);
        assertThat(fresh.installedAt()).isEqualTo(later);
        assertThat(fresh.markedAt()).isEmpty();
    }

    @Test
    void purge_keeps_the_mark_and_deadline_for_the_receipt() {
        InstallationRecord marked = after(activeRecord("acme", T0).uninstall(T0, GRACE));
        InstallationRecord purged = after(marked.purge());
        assertThat(purged.state()).isEqualTo(TenantState.PURGED);
        assertThat(purged.markedAt()).contains(T0);
        assertThat(purged.purgeDeadline()).contains(T0.plus(GRACE));
    }

    @Test
    void early_purge_of_an_active_tenant_has_no_mark() {
        InstallationRecord purged = after(activeRecord("acme", T0).purge());
        assertThat(purged.state()).isEqualTo(TenantState.PURGED);
        assertThat(purged.markedAt()).isEmpty();
    }

    @Test
    void purging_twice_changes_nothing() {
        InstallationRecord purged = after(activeRecord("acme", T0).purge());
        assertThat(purged.purge()).isInstanceOf(Transition.Unchanged.class);
        assertThat(purged.uninstall(T0, GRACE)).isInstanceOf(Transition.Unchanged.class);
        assertThat(purged.disable()).isInstanceOf(Transition.Unchanged.class);
        assertThat(purged.enable()).isEqualTo(new Transition.Refused(LifecycleRefusal.NOT_INSTALLED));
    }

    @Test
    void purge_is_due_exactly_from_the_deadline_on() {
        InstallationRecord marked = after(activeRecord("acme", T0).uninstall(T0, GRACE));
        assertThat(marked.isPurgeDue(T0.plus(GRACE).minusNanos(1))).isFalse();
        assertThat(marked.isPurgeDue(T0.plus(GRACE))).isTrue();
        assertThat(activeRecord("acme", T0).isPurgeDue(T0.plus(Duration.ofDays(999)))).isFalse();
    }

    @Test
    void a_grace_above_180_days_is_refused_as_a_broken_invariant() {
        assertThatThrownBy(() -> activeRecord("acme", T0).uninstall(T0, Duration.ofDays(181)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("180 days");
    }

    @Test
    void a_marked_state_without_deadline_cannot_be_built() {
        assertThatThrownBy(() -> new InstallationRecord(new ClientKey("acme"), account(), SECRET, ROUBAIX, T0,
                TenantState.MARKED_FOR_DELETION, Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InstallationRecord(new ClientKey("acme"), account(), SECRET, ROUBAIX, T0,
                TenantState.ACTIVE, Optional.of(T0), Optional.of(T0.plusSeconds(1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void secrets_never_appear_in_to_string() {
        SharedSecret plain = new SharedSecret("plain-secret-value");
        assertThat(plain.toString()).doesNotContain("plain-secret-value");
        EncryptedSecret encrypted = new EncryptedSecret("cipher-bytes".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        InstallationRecord record = InstallationRecord.freshInstall(new ClientKey("acme"), account(), encrypted, ROUBAIX, T0);
        assertThat(record.toString()).doesNotContain("cipher-bytes").doesNotContain("99, 105");
        assertThat(encrypted.toString()).contains("redacted");
    }

    @Test
    void encrypted_secret_is_compared_by_content_and_copied_defensively() {
        byte[] bytes = {1, 2, 3};
        EncryptedSecret secret = new EncryptedSecret(bytes);
        bytes[0] = 9;
        assertThat(secret).isEqualTo(new EncryptedSecret(new byte[]{1, 2, 3}));
        secret.ciphertext()[1] = 9;
        assertThat(secret.ciphertext()).containsExactly(1, 2, 3);
    }

    @Test
    void account_data_requires_an_absolute_http_base_url() {
        assertThatThrownBy(() -> account("ftp://acme.example")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> account("/relative")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void product_type_parses_the_connect_value() {
        assertThat(ProductType.fromConnect("jira")).contains(ProductType.JIRA);
        assertThat(ProductType.fromConnect(" Confluence ")).contains(ProductType.CONFLUENCE);
        assertThat(ProductType.fromConnect("bitbucket")).isEmpty();
    }
}
