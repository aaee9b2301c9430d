package io.custodian.domain.retention;

import io.custodian.domain.datamap.Category;
import io.custodian.domain.datamap.DataMap;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.deletion.ApproveEarlyDeletionCommand;
import io.custodian.domain.deletion.CustomerReference;
import io.custodian.domain.deletion.EarlyDeletionOutcome;
import io.custodian.domain.deletion.ExecuteEarlyDeletionCommand;
import io.custodian.domain.deletion.RequestEarlyDeletionCommand;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.HandleEnableCommand;
import io.custodian.domain.tenant.InstallationRecord;
import io.custodian.domain.tenant.TenantState;
import io.custodian.domain.tenant.Tenants;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariants over random sequences of lifecycle events, writes, removals and clock advances, with short
 * durations so that every rule fires within a run.
 */
class RetentionPropertiesTest {

    private static final RetentionSettings SHORT = new RetentionSettings(Duration.ofDays(10), Duration.ofDays(3),
            Duration.ofDays(5), Duration.ofDays(2));
    private static final List<String> TENANTS = List.of("acme", "globex");
    private static final List<ItemKind> OPERATION_KINDS = DataMap.standard().entriesIn(Category.OPERATION).stream()
            .map(DataMap.Entry::kind).toList();

    /** One step of a run. */
    sealed interface Action {
    }

    record Install(String tenant) implements Action {
    }

    record Uninstall(String tenant) implements Action {
    }

    record Disable(String tenant) implements Action {
    }

    record Enable(String tenant) implements Action {
    }

    /** Writes an operation item; ids and parents come from small pools so versions, overwrites and orphans occur. */
    record Write(String tenant, ItemKind kind, int id, int parent) implements Action {
    }

    record Remove(String tenant, ItemKind kind, int id) implements Action {
    }

    /** Stores a usage event, or a support ticket (resolved or not) with a bundle, as their writers would. */
    record SeedOther(String tenant, int id, int variant) implements Action {
    }

    record Advance(Duration by) implements Action {
    }

    /** A customer asks for early deletion: requested, approved by a privacy officer, executed. */
    record EarlyDelete(String tenant) implements Action {
    }

    record Sweep() implements Action {
    }

    // --- generators -------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<List<Action>> runs() {
        return action().list().ofMinSize(1).ofMaxSize(40);
    }

    private Arbitrary<Action> action() {
        Arbitrary<String> tenant = Arbitraries.of(TENANTS);
        Arbitrary<Integer> small = Arbitraries.integers().between(1, 3);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, tenant.map(Install::new)),
                net.jqwik.api.Tuple.of(1, tenant.map(Uninstall::new)),
                net.jqwik.api.Tuple.of(1, tenant.map(Disable::new)),
                net.jqwik.api.Tuple.of(1, tenant.map(Enable::new)),
                net.jqwik.api.Tuple.of(8, Combinators.combine(tenant, Arbitraries.of(OPERATION_KINDS), small, small)
                        .as(Write::new)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(tenant, Arbitraries.of(OPERATION_KINDS), small)
                        .as(Remove::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(tenant, small, Arbitraries.integers().between(0, 2))
                        .as(SeedOther::new)),
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(1, 6 * 24)
                        .map(hours -> (Action) new Advance(Duration.ofHours(hours)))),
                net.jqwik.api.Tuple.of(3, Arbitraries.just(new Sweep())),
                net.jqwik.api.Tuple.of(1, tenant.map(EarlyDelete::new)));
    }

    // --- the run ----------------------------------------------------------------------------------------------

    /** Applies actions to a fixture and collects every deletion any use case reported. */
    static final class Run {
        final CustodyFixture custody = new CustodyFixture(SHORT);
        final List<Deletion> reported = new ArrayList<>();
        final List<SweepReport> sweeps = new ArrayList<>();
        final List<Purge> purges = new ArrayList<>();

        void apply(Action action) {
            switch (action) {
                case Install(String tenant) -> custody.lifecycle.install(Tenants.install(tenant));
                case Uninstall(String tenant) -> custody.uninstall(tenant);
                case Disable(String tenant) -> custody.disable(tenant);
                case Enable(String tenant) -> custody.lifecycle.enable(new HandleEnableCommand(new ClientKey(tenant)));
                case Write(String tenant, ItemKind kind, int id, int parent) -> {
                    String parentId = DataMap.standard().entry(kind).parent().map(p -> idOf(p, parent)).orElse(null);
                    if (custody.write(tenant, kind, idOf(kind, id), parentId)
                            instanceof RecordOperationItemUseCase.Recorded(var item, Deletion superseded)) {
                        report(superseded);
                    }
                }
                case Remove(String tenant, ItemKind kind, int id) -> {
                    if (custody.operations.remove(new RemoveOperationItemCommand(Items.ref(tenant, kind, idOf(kind, id))))
                            instanceof RemoveOperationItemUseCase.Removed(Deletion deletion)) {
                        report(deletion);
                    }
                }
                case SeedOther(String tenant, int id, int variant) -> seedOther(tenant, id, variant);
                case Advance(Duration by) -> custody.clock.advance(by);
                case Sweep() -> {
                    SweepReport report = custody.sweep();
                    sweeps.add(report);
                    purges.addAll(report.purges());
                    report.allDeletions().forEach(this::report);
                }
                case EarlyDelete(String tenant) -> earlyDelete(new ClientKey(tenant));
            }
        }

        private void earlyDelete(ClientKey tenant) {
            if (!(custody.earlyDeletion.request(new RequestEarlyDeletionCommand(custody.supportEngineer.id(), tenant,
                    new CustomerReference("SUP-1"))) instanceof EarlyDeletionOutcome.Accepted(var request))) {
                return;
            }
            custody.earlyDeletion.approve(new ApproveEarlyDeletionCommand(custody.privacyOfficer.id(), request.id()));
            if (custody.earlyDeletion.execute(new ExecuteEarlyDeletionCommand(custody.privacyOfficer.id(), request.id()))
                    instanceof EarlyDeletionOutcome.Executed(var executed, Purge purge)) {
                purges.add(purge);
                report(purge.deletion());
            }
        }

        private void seedOther(String tenant, int id, int variant) {
            Optional<InstallationRecord> record = custody.record(tenant);
            if (record.isEmpty() || !record.get().servesAppRequests()) {
                return; // their writers refuse like the operation data writer does
            }
            Instant now = custody.clock.instant();
            switch (variant) {
                case 0 -> custody.seed(Items.item(tenant, ItemKind.USAGE_EVENT, "event-" + id + "-" + now, now));
                case 1 -> {
                    custody.seed(Items.item(tenant, ItemKind.SUPPORT_TICKET, "T-" + id, now));
                    custody.seed(Items.child(tenant, ItemKind.SUPPORT_BUNDLE, "B-" + id, "T-" + id, now));
                }
                default -> custody.items.find(Items.ref(tenant, ItemKind.SUPPORT_TICKET, "T-" + id))
                        .filter(ticket -> ticket.resolvedAt().isEmpty())
                        .ifPresent(ticket -> custody.seed(ticket.resolvedAt(now)));
            }
        }

        private void report(Deletion deletion) {
            if (!deletion.isEmpty()) {
                reported.add(deletion);
            }
        }

        Set<ItemRef> present() {
            Set<ItemRef> present = custody.items.all().stream().map(StoredItem::ref).collect(Collectors.toSet());
            custody.tenants.all().forEach(record -> present.add(StoredItem.installationOf(record).ref()));
            return present;
        }

        static String idOf(ItemKind kind, int index) {
            return kind.name().toLowerCase() + "-" + index;
        }
    }

    // --- properties -------------------------------------------------------------------------------------------

    @Property(tries = 200)
    void no_item_outlives_its_deadline_after_a_sweep_at_that_time(@ForAll("runs") List<Action> actions) {
        Run run = new Run();
        for (Action action : actions) {
            run.apply(action);
            if (action instanceof Sweep) {
                assertNothingOverdue(run.custody, run.custody.clock.instant());
            }
        }
        run.apply(new Sweep());
        assertNothingOverdue(run.custody, run.custody.clock.instant());
    }

    /** Checks each rule directly against the stores, independently of the schedule's code. */
    private static void assertNothingOverdue(CustodyFixture custody, Instant now) {
        for (InstallationRecord record : custody.tenants.all()) {
            assertThat(record.isPurgeDue(now)).as("tenant %s past its purge deadline", record.clientKey()).isFalse();
        }
        Map<ItemRef, StoredItem> byRef = new HashMap<>();
        custody.items.all().forEach(item -> byRef.put(item.ref(), item));
        Map<String, Integer> versionsPerParent = new HashMap<>();
        Map<ClientKey, Integer> licensesPerTenant = new HashMap<>();
        for (StoredItem item : custody.items.all()) {
            assertThat(custody.tenants.find(item.tenant())).as("%s belongs to an installed tenant", item.ref()).isPresent();
            item.parentRef().ifPresent(parent -> assertThat(byRef).as("parent of %s", item.ref()).containsKey(parent));
            switch (item.kind().category()) {
                case OPERATION -> assertThat(item.lastWrittenAt().plus(SHORT.operationMaxIdle()))
                        .as("%s idle", item.ref()).isAfter(now);
                case SESSION -> assertThat(item.lastWrittenAt().plus(SHORT.sessionRetention()))
                        .as("%s session period", item.ref()).isAfter(now);
                case SUPPORT -> item.resolvedAt().ifPresent(resolved ->
                        assertThat(resolved.plus(SHORT.supportRetentionAfterResolved()))
                                .as("%s support period", item.ref()).isAfter(now));
                case ACCOUNT, CUSTOMER_UPLOADED -> {
                    // kept while subscribed; the purge check above covers them
                }
            }
            if (item.kind() == ItemKind.ISSUE_VERSION_COPY) {
                versionsPerParent.merge(item.tenant() + "/" + item.parent().orElseThrow(), 1, Integer::sum);
            }
            if (item.kind() == ItemKind.LICENSE_INFORMATION) {
                licensesPerTenant.merge(item.tenant(), 1, Integer::sum);
            }
        }
        assertThat(versionsPerParent.values()).allMatch(count -> count <= 2);
        assertThat(licensesPerTenant.values()).allMatch(count -> count <= 1);
        assertThat(custody.retention.findDue(new FindDueDeletionsQuery(now, Optional.empty()))).isEmpty();
    }

    @Property(tries = 200)
    void every_deleted_item_is_reported_in_exactly_one_result_and_every_purge_in_one_receipt(
            @ForAll("runs") List<Action> actions) {
        Run run = new Run();
        List<Action> all = new ArrayList<>(actions);
        all.add(new Advance(Duration.ofDays(11)));
        all.add(new Sweep());
        for (Action action : all) {
            Set<ItemRef> before = run.present();
            int reportedBefore = run.reported.size();
            int sweepsBefore = run.sweeps.size();
            run.apply(action);
            Set<ItemRef> after = run.present();

            List<ItemRef> reportedNow = run.reported.subList(reportedBefore, run.reported.size()).stream()
                    .flatMap(deletion -> deletion.refs().stream()).toList();
            Set<ItemRef> disappeared = new HashSet<>(before);
            disappeared.removeAll(after);
            assertThat(reportedNow).as("reported by %s", action).doesNotHaveDuplicates();
            assertThat(new HashSet<>(reportedNow)).as("deleted by %s", action).isEqualTo(disappeared);

            for (SweepReport sweep : run.sweeps.subList(sweepsBefore, run.sweeps.size())) {
                for (Purge purge : sweep.purges()) {
                    assertThat(purge.receipt().receipt().totalDeleted()).isEqualTo(purge.deletion().size());
                    assertThat(purge.deletion().refs()).allMatch(disappeared::contains);
                    assertThat(sweep.deletions()).noneMatch(deletion -> deletion.tenant().equals(purge.deletion().tenant()));
                }
            }
        }
        assertThat(run.custody.tenants.all()).allMatch(record -> record.state() != TenantState.MARKED_FOR_DELETION);
        assertThat(run.custody.receiptArchive.all()).as("one receipt per purge, sweep or early deletion")
                .hasSize(run.purges.size());
        for (Purge purge : run.purges) {
            assertThat(purge.receipt().receipt().deletedPerKind()).isEqualTo(purge.deletion().countsByKind());
            assertThat(run.custody.receiptArchive.find(purge.receipt().receipt().id())).contains(purge.receipt());
        }
    }

    @Property(tries = 200)
    void a_reinstall_before_the_deadline_never_loses_an_item(
            @ForAll("runs") List<Action> before,
            @ForAll("runs") List<Action> after,
            @ForAll @IntRange(min = 0, max = 1) int tenantIndex,
            @ForAll @IntRange(min = 1, max = 239) int hoursToSweep,
            @ForAll @IntRange(min = 0, max = 239) int hoursToReinstall) {
        String tenant = TENANTS.get(tenantIndex);
        Duration toSweep = Duration.ofHours(hoursToSweep);
        Duration window = Duration.ofHours(Math.min(hoursToSweep + hoursToReinstall, 239));
        Run reinstalled = new Run();
        Run untouched = new Run();
        for (Action action : before) {
            reinstalled.apply(action);
            untouched.apply(action);
        }
        boolean active = untouched.custody.record(tenant).map(InstallationRecord::servesAppRequests).orElse(false);
        if (active) {
            reinstalled.apply(new Uninstall(tenant));
        }
        for (Run run : List.of(reinstalled, untouched)) {
            run.apply(new Advance(toSweep));
            run.apply(new Sweep());
            run.apply(new Advance(window.minus(toSweep).isNegative() ? Duration.ZERO : window.minus(toSweep)));
        }
        if (active) {
            reinstalled.apply(new Install(tenant));
        }
        for (Action action : after) {
            reinstalled.apply(action);
            untouched.apply(action);
        }

        assertThat(reinstalled.custody.items.all()).containsExactlyInAnyOrderElementsOf(untouched.custody.items.all());
        assertThat(comparable(reinstalled)).containsExactlyInAnyOrderElementsOf(comparable(untouched));
    }

    /** The records with their secrets decrypted: two fixtures' ciphers encrypt the same secret differently. */
    private static List<String> comparable(Run run) {
        return run.custody.tenants.all().stream()
                .map(record -> record.clientKey() + "|" + record.account() + "|" + record.location() + "|"
                        + record.installedAt() + "|" + record.state() + "|" + record.markedAt() + "|"
                        + record.purgeDeadline() + "|"
                        + run.custody.cipher.decrypt(record.clientKey(), record.sharedSecret()).map(s -> s.value()))
                .toList();
    }
}
