package io.custodian.domain.tenant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.custodian.domain.tenant.Tenants.activeRecord;
import static org.assertj.core.api.Assertions.assertThat;

/** The contract of {@link TenantStore}, run against the fake here and the jOOQ adapter there. */
public abstract class TenantStoreContract {

    protected static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    private TenantStore store;

    /** A new, empty store. */
    protected abstract TenantStore emptyStore();

    @BeforeEach
    void createStore() {
        store = emptyStore();
    }

    @Test
    void finds_nothing_for_an_unknown_client_key() {
        assertThat(store.find(new ClientKey("unknown"))).isEmpty();
    }

    @Test
    void a_saved_record_is_found_by_its_client_key_with_every_field() {
        InstallationRecord record = activeRecord("tenant-a", T0);
        store.save(record);
        assertThat(store.find(record.clientKey())).contains(record);
    }

    @Test
    void saving_again_replaces_the_record() {
        InstallationRecord record = activeRecord("tenant-a", T0);
        store.save(record);
        InstallationRecord disabled = ((Transition.Applied) record.disable()).after();
        store.save(disabled);
        assertThat(store.find(record.clientKey())).contains(disabled);
    }

    @Test
    void keeps_mark_time_and_deadline() {
        InstallationRecord marked = ((Transition.Applied) activeRecord("tenant-a", T0)
                .uninstall(T0.plusSeconds(60), Duration.ofDays(180))).after();
        store.save(marked);
        assertThat(store.find(marked.clientKey())).contains(marked);
    }

    @Test
    void delete_forgets_the_record_and_ignores_unknown_keys() {
        InstallationRecord record = activeRecord("tenant-a", T0);
        store.save(record);
        store.delete(record.clientKey());
        store.delete(new ClientKey("never-saved"));
        assertThat(store.find(record.clientKey())).isEmpty();
    }

    @Test
    void two_tenants_may_share_a_base_url() {
        store.save(activeRecord("old-site", T0));
        store.save(activeRecord("imported-site", T0));
        assertThat(store.find(new ClientKey("old-site"))).isPresent();
        assertThat(store.find(new ClientKey("imported-site"))).isPresent();
    }

    @Test
    void lists_marked_tenants_due_by_an_instant_earliest_deadline_first() {
        InstallationRecord late = ((Transition.Applied) activeRecord("late", T0)
                .uninstall(T0.plus(Duration.ofDays(2)), Duration.ofDays(10))).after();
        InstallationRecord early = ((Transition.Applied) activeRecord("early", T0)
                .uninstall(T0.plus(Duration.ofDays(1)), Duration.ofDays(10))).after();
        InstallationRecord notYet = ((Transition.Applied) activeRecord("not-yet", T0)
                .uninstall(T0.plus(Duration.ofDays(30)), Duration.ofDays(10))).after();
        store.save(late);
        store.save(activeRecord("active", T0));
        store.save(notYet);
        store.save(early);

        assertThat(store.markedForDeletionDueBy(T0.plus(Duration.ofDays(12))))
                .containsExactly(early, late);
        assertThat(store.markedForDeletionDueBy(T0.plus(Duration.ofDays(11))))
                .as("the deadline itself is included").containsExactly(early);
    }
}
