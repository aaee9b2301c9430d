package io.custodian.domain.custody;

import io.custodian.domain.tenant.AccountData;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.EncryptedSecret;
import io.custodian.domain.tenant.InstallationRecord;
import io.custodian.domain.tenant.ProductType;
import io.custodian.domain.tenant.TenantState;
import io.custodian.domain.tenant.TenantStore;
import io.custodian.domain.tenant.Tenants;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract of {@link TenantCatalog}, run against the fake here and the jOOQ adapter there. */
public abstract class TenantCatalogContract {

    protected static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    /** A store and the catalog reading it, both empty. */
    protected abstract TenantStore tenantStore();

    protected abstract TenantCatalog catalog();

    private static TenantFilter all() {
        return new TenantFilter(Tenants.ROUBAIX, Optional.empty(), Optional.empty());
    }

    private InstallationRecord install(String clientKey, String baseUrl) {
        InstallationRecord record = InstallationRecord.freshInstall(new ClientKey(clientKey),
                AccountData.of("io.custodian.sync", ProductType.JIRA, URI.create(baseUrl)),
                new EncryptedSecret(new byte[]{1, 2, 3}), Tenants.ROUBAIX, T0);
        tenantStore().save(record);
        return record;
    }

    private void mark(InstallationRecord record) {
        tenantStore().save(new InstallationRecord(record.clientKey(), record.account(), record.sharedSecret(),
                record.location(), record.installedAt(), TenantState.MARKED_FOR_DELETION, Optional.of(T0),
                Optional.of(T0.plus(Duration.ofDays(180)))));
    }

    @Test
    void lists_tenants_by_client_key_with_their_summary_and_no_secret() {
        install("b-tenant", "https://b.atlassian.net");
        InstallationRecord a = install("a-tenant", "https://a.atlassian.net");
        mark(a);

        Page<TenantSummary> page = catalog().page(all(), PageRequest.first(10));

        assertThat(page.items()).extracting(summary -> summary.clientKey().value()).containsExactly("a-tenant", "b-tenant");
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items().getFirst()).isEqualTo(new TenantSummary(new ClientKey("a-tenant"),
                URI.create("https://a.atlassian.net"), ProductType.JIRA, TenantState.MARKED_FOR_DELETION,
                Tenants.ROUBAIX, T0, Optional.of(T0.plus(Duration.ofDays(180)))));
    }

    @Test
    void orders_client_keys_by_code_unit_so_upper_case_comes_first() {
        install("beta", "https://beta.atlassian.net");
        install("Alpha", "https://alpha.atlassian.net");
        install("alpha", "https://alpha2.atlassian.net");

        assertThat(catalog().page(all(), PageRequest.first(10)).items())
                .extracting(summary -> summary.clientKey().value()).containsExactly("Alpha", "alpha", "beta");
    }

    @Test
    void pages_are_disjoint_and_report_the_total() {
        for (int i = 0; i < 5; i++) {
            install("tenant-" + i, "https://t" + i + ".atlassian.net");
        }

        Page<TenantSummary> first = catalog().page(all(), new PageRequest(0, 2));
        Page<TenantSummary> last = catalog().page(all(), new PageRequest(2, 2));
        Page<TenantSummary> beyond = catalog().page(all(), new PageRequest(3, 2));

        assertThat(first.items()).extracting(summary -> summary.clientKey().value()).containsExactly("tenant-0", "tenant-1");
        assertThat(first.hasNext()).isTrue();
        assertThat(last.items()).extracting(summary -> summary.clientKey().value()).containsExactly("tenant-4");
        assertThat(last.hasNext()).isFalse();
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
    }

    @Test
    void filters_by_state() {
        install("active-1", "https://a1.atlassian.net");
        mark(install("marked-1", "https://m1.atlassian.net"));

        Page<TenantSummary> marked = catalog().page(new TenantFilter(Tenants.ROUBAIX,
                Optional.of(TenantState.MARKED_FOR_DELETION), Optional.empty()), PageRequest.first(10));

        assertThat(marked.items()).extracting(summary -> summary.clientKey().value()).containsExactly("marked-1");
        assertThat(marked.total()).isEqualTo(1);
    }

    @Test
    void searches_client_key_and_base_url_ignoring_case() {
        install("acme-key", "https://jira.example.com");
        install("other", "https://ACME-Corp.atlassian.net");
        install("unrelated", "https://nothing.atlassian.net");

        Page<TenantSummary> found = catalog().page(new TenantFilter(Tenants.ROUBAIX, Optional.empty(),
                Optional.of("Acme")), PageRequest.first(10));

        assertThat(found.items()).extracting(summary -> summary.clientKey().value()).containsExactly("acme-key", "other");
    }

    @Test
    void search_wildcards_are_plain_characters() {
        install("100%-sure", "https://a.atlassian.net");
        install("1000-sure", "https://b.atlassian.net");
        install("a_b", "https://c.atlassian.net");
        install("axb", "https://d.atlassian.net");

        assertThat(catalog().page(new TenantFilter(Tenants.ROUBAIX, Optional.empty(), Optional.of("0%")),
                PageRequest.first(10)).items()).extracting(summary -> summary.clientKey().value())
                .containsExactly("100%-sure");
        assertThat(catalog().page(new TenantFilter(Tenants.ROUBAIX, Optional.empty(), Optional.of("a_")),
                PageRequest.first(10)).items()).extracting(summary -> summary.clientKey().value())
                .containsExactly("a_b");
    }

    @Test
    void lists_only_tenants_pinned_to_the_given_location() {
        install("here", "https://here.atlassian.net");
        tenantStore().save(InstallationRecord.freshInstall(new ClientKey("there"),
                AccountData.of("io.custodian.sync", ProductType.CONFLUENCE, URI.create("https://there.atlassian.net")),
                new EncryptedSecret(new byte[]{1}), Tenants.ELSEWHERE, T0));

        assertThat(catalog().page(all(), PageRequest.first(10)).items())
                .extracting(summary -> summary.clientKey().value()).containsExactly("here");
    }
}
