package io.custodian.domain.tenant;

import io.custodian.domain.common.DirectTransactions;
import io.custodian.domain.testing.MutableClock;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Lifecycle invariants over random sequences of Connect callbacks and clock advances. */
class TenantLifecyclePropertiesTest {

    private static final ClientKey ACME = new ClientKey("acme");
    private static final Duration GRACE = Duration.ofDays(10);

    enum Event { INSTALLED, INSTALLED_NEW_SECRET, UNINSTALLED, ENABLED, DISABLED, ONE_DAY_LATER }

    private static final class World {
        final MutableClock clock = new MutableClock();
        final InMemoryTenantStore store = new InMemoryTenantStore();
        final InMemorySecretCipher cipher = new InMemorySecretCipher();
        final TenantLifecycleService lifecycle = new TenantLifecycleService(store, cipher, clock,
                new DirectTransactions(), Tenants.ROUBAIX, GRACE);

        Transition apply(Event event) {
            return switch (event) {
                case INSTALLED -> lifecycle.install(Tenants.install("acme", "secret-one"));
                case INSTALLED_NEW_SECRET -> lifecycle.install(Tenants.install("acme", "secret-two"));
                case UNINSTALLED -> lifecycle.uninstall(new HandleUninstallCommand(ACME));
                case ENABLED -> lifecycle.enable(new HandleEnableCommand(ACME));
                case DISABLED -> lifecycle.disable(new HandleDisableCommand(ACME));
                case ONE_DAY_LATER -> {
                    clock.advanceDays(1);
                    yield new Transition.Refused(LifecycleRefusal.NOT_INSTALLED, "no event");
                }
            };
        }

        /** The record with its secret decrypted (ciphertexts differ between worlds). */
        Optional<String> view() {
            return store.find(ACME).map(record -> record.state() + "|" + record.installedAt() + "|"
                    + record.markedAt() + "|" + record.purgeDeadline() + "|" + record.account() + "|"
                    + cipher.decrypt(ACME, record.sharedSecret()).map(SharedSecret::value));
        }
    }

    @Provide
    Arbitrary<List<Event>> events() {
        return Arbitraries.of(Event.class).list().ofMaxSize(30);
    }

    @Property(tries = 200)
    void every_callback_delivered_twice_has_the_effect_of_delivering_it_once(@ForAll("events") List<Event> events) {
        World once = new World();
        World twice = new World();
        for (Event event : events) {
            Transition first = once.apply(event);
            twice.apply(event);
            if (event != Event.ONE_DAY_LATER) {
                Transition duplicate = twice.apply(event);
                assertThat(duplicate).as("duplicate %s after %s", event, first)
                        .isNotInstanceOf(Transition.Applied.class);
            }
            assertThat(twice.view()).isEqualTo(once.view());
        }
    }

    @Property(tries = 200)
    void the_record_always_satisfies_the_lifecycle_invariants(@ForAll("events") List<Event> events) {
        World world = new World();
        for (Event event : events) {
            Optional<InstallationRecord> before = world.store.find(ACME);
            world.apply(event);
            Optional<InstallationRecord> after = world.store.find(ACME);
            after.ifPresent(record -> {
                assertThat(record.state()).isNotEqualTo(TenantState.PURGED);
                assertThat(record.markedAt().isPresent()).isEqualTo(record.state() == TenantState.MARKED_FOR_DELETION);
                record.markedAt().ifPresent(mark -> assertThat(record.purgeDeadline()).contains(mark.plus(GRACE)));
            });
            if (event == Event.DISABLED && before.map(InstallationRecord::state)
                    .filter(TenantState.MARKED_FOR_DELETION::equals).isPresent()) {
                assertThat(after).isEqualTo(before);
            }
            if (before.isPresent() && after.isPresent()) {
                assertThat(after.get().installedAt()).as("a tenant keeps its installation time")
                        .isEqualTo(before.get().installedAt());
            }
        }
    }
}
