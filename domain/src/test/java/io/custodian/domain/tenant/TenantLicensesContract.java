package io.custodian.domain.tenant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract of {@link TenantLicenses}, run against the fake here and the jOOQ adapter there. */
public abstract class TenantLicensesContract {

    protected static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final ClientKey A = new ClientKey("tenant-a");
    private static final ClientKey B = new ClientKey("tenant-b");

    private TenantLicenses licenses;

    /** A new, empty store. */
    protected abstract TenantLicenses emptyLicenses();

    @BeforeEach
    void createStore() {
        licenses = emptyLicenses();
    }

    @Test
    void finds_nothing_for_a_tenant_without_a_reported_license() {
        assertThat(licenses.find(A)).isEmpty();
    }

    @Test
    void a_saved_state_is_found_for_its_tenant_only() {
        licenses.save(A, new LicenseState(true, T0));
        assertThat(licenses.find(A)).contains(new LicenseState(true, T0));
        assertThat(licenses.find(B)).isEmpty();
    }

    @Test
    void saving_again_replaces_the_state() {
        licenses.save(A, new LicenseState(true, T0));
        licenses.save(A, new LicenseState(false, T0.plusSeconds(60)));
        assertThat(licenses.find(A)).contains(new LicenseState(false, T0.plusSeconds(60)));
    }

    @Test
    void delete_forgets_the_state_and_ignores_unknown_tenants() {
        licenses.save(A, new LicenseState(true, T0));
        licenses.delete(A);
        licenses.delete(B);
        assertThat(licenses.find(A)).isEmpty();
    }
}
