package io.custodian.server.retention;

import io.custodian.domain.testing.ItemCounts;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.receipt.ReceiptCanonicalForm;
import io.custodian.domain.receipt.SignedReceipt;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.server.testing.RunningServer;
import io.custodian.server.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sweeps by real separate processes on one database: two at once, and one killed (SIGKILL) in the middle of a
 * purge. No duplicate receipts, no missed rows, counts that add up.
 */
class MultiProcessSweepTest {

    private static final String PAST_THE_DEADLINE = "P181D";

    private Map<String, String> environment;
    private TestServices custody;
    private final Map<ClientKey, Map<ItemKind, Long>> seeded = new HashMap<>();

    @BeforeEach
    void open() {
        environment = RunningServer.environment(MultiProcessSweepTest.class);
        custody = TestServices.open(environment, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        custody.close();
    }

    private void seedUninstalledTenants(int count, int relations, int twins) {
        for (int i = 0; i < count; i++) {
            var tenant = custody.install("tenant-" + i);
            var counts = new EnumMap<>(custody.seedOperationData(tenant, relations, twins));
            counts.put(ItemKind.INSTALLATION_RECORD, 1L);
            seeded.put(tenant, counts);
            custody.uninstall(tenant);
        }
    }

    @Test
    void two_processes_sweeping_at_once_purge_every_tenant_exactly_once() throws Exception {
        seedUninstalledTenants(8, 2, 4);

        var first = SweepProcesses.start(environment, PAST_THE_DEADLINE, 5);
        var second = SweepProcesses.start(environment, PAST_THE_DEADLINE, 5);
        int purges = purgesReported(first) + purgesReported(second);

        assertThat(purges).isEqualTo(8);
        List<SignedReceipt> receipts = custody.services().receipts().all();
        assertThat(receipts).hasSize(8);
        assertThat(receipts.stream().map(r -> r.receipt().tenant()).distinct()).hasSize(8);
        receipts.forEach(receipt -> {
            assertThat(receipt.receipt().deletedPerKind()).isEqualTo(seeded.values().iterator().next());
            assertThat(custody.services().receiptVerifier()
                    .verify(ReceiptCanonicalForm.of(receipt.receipt()), receipt.signature()).isValid()).isTrue();
        });
        seeded.keySet().forEach(tenant -> {
            assertThat(ItemCounts.byKind(custody.services().items(), tenant)).isEmpty();
            assertThat(custody.services().tenants().find(tenant)).isEmpty();
        });
        assertThat(custody.services().purgeProgress().inProgress()).isEmpty();
    }

    @Test
    void a_purge_killed_midway_resumes_on_the_next_sweep_and_produces_exactly_one_receipt() throws Exception {
        seedUninstalledTenants(1, 4, 10);
        var tenant = seeded.keySet().iterator().next();
        long total = seeded.get(tenant).values().stream().mapToLong(Long::longValue).sum() - 1;

        killAfterBatches(SweepProcesses.start(environment, PAST_THE_DEADLINE, 3), 5);

        assertThat(custody.services().purgeProgress().inProgress()).as("the interrupted purge is recorded")
                .containsExactly(tenant);
        assertThat(custody.services().tenants().find(tenant)).as("the record goes last").isPresent();
        assertThat(custody.services().receipts().all()).isEmpty();
        long remaining = ItemCounts.byKind(custody.services().items(), tenant).values().stream()
                .mapToLong(Long::longValue).sum();
        long counted = custody.services().transactions().inTransaction(() ->
                custody.services().purgeProgress().counts(List.of(tenant))).get(tenant).values().stream()
                .mapToLong(Long::longValue).sum();
        assertThat(remaining).isLessThan(total);
        assertThat(counted).as("counted when the purge began: everything it deletes, no more").isEqualTo(total);

        var clockPastDeadline = Clock.offset(Clock.systemUTC(), Duration.parse(PAST_THE_DEADLINE));
        try (var nextProcess = TestServices.open(environment, clockPastDeadline)) {
            var engine = nextProcess.services().retentionEngine(3, RetentionEngine.BatchListener.NONE);

            assertThat(engine.sweep().purges()).hasSize(1);
            assertThat(engine.sweep().purges()).as("and only once").isEmpty();
        }
        assertThat(custody.services().receipts().all()).singleElement()
                .satisfies(receipt -> assertThat(receipt.receipt().deletedPerKind()).isEqualTo(seeded.get(tenant)));
        assertThat(custody.services().purgeProgress().inProgress()).isEmpty();
    }

    @Test
    void two_processes_sweeping_tables_in_page_order_at_once_purge_every_tenant_exactly_once() throws Exception {
        seedUninstalledTenants(6, 3, 8);

        var first = SweepProcesses.startPageSweeping(environment, PAST_THE_DEADLINE, 5, 1, 1);
        var second = SweepProcesses.startPageSweeping(environment, PAST_THE_DEADLINE, 5, 1, 1);
        int purges = purgesReported(first) + purgesReported(second);

        assertThat(purges).isEqualTo(6);
        List<SignedReceipt> receipts = custody.services().receipts().all();
        assertThat(receipts).hasSize(6);
        assertThat(receipts.stream().map(r -> r.receipt().tenant()).distinct()).hasSize(6);
        receipts.forEach(receipt -> assertThat(receipt.receipt().deletedPerKind())
                .isEqualTo(seeded.values().iterator().next()));
        seeded.keySet().forEach(tenant -> {
            assertThat(ItemCounts.byKind(custody.services().items(), tenant)).isEmpty();
            assertThat(custody.services().tenants().find(tenant)).isEmpty();
        });
        assertThat(custody.services().purgeProgress().inProgress()).isEmpty();
    }

    @Test
    void a_page_sweep_killed_midway_resumes_where_it_stopped_and_produces_exactly_one_receipt_per_tenant()
            throws Exception {
        seedUninstalledTenants(3, 8, 20);
        long total = seeded.values().stream().flatMap(counts -> counts.values().stream())
                .mapToLong(Long::longValue).sum() - seeded.size();

        killAfterBatches(SweepProcesses.startPageSweeping(environment, PAST_THE_DEADLINE, 5, 1, 1), 3);

        assertThat(custody.services().purgeProgress().inProgress()).as("the interrupted purges are recorded")
                .containsExactlyInAnyOrderElementsOf(seeded.keySet());
        assertThat(custody.services().receipts().all()).isEmpty();
        long remaining = seeded.keySet().stream().flatMap(tenant -> ItemCounts.byKind(custody.services().items(),
                tenant).values().stream()).mapToLong(Long::longValue).sum();
        assertThat(remaining).isLessThan(total);

        var clockPastDeadline = Clock.offset(Clock.systemUTC(), Duration.parse(PAST_THE_DEADLINE));
        try (var nextProcess = TestServices.open(environment, clockPastDeadline)) {
            var engine = nextProcess.services().retentionEngine(5, 1, 1, 1, RetentionEngine.BatchListener.NONE);

            var resumed = engine.sweep();
            assertThat(resumed.purges()).hasSize(3);
            assertThat(resumed.phases().inChunks()).as("the sweep went on in page order").isPositive();
            assertThat(engine.sweep().purges()).as("and only once").isEmpty();
        }
        assertThat(custody.services().receipts().all()).hasSize(3).allSatisfy(receipt ->
                assertThat(receipt.receipt().deletedPerKind()).isEqualTo(seeded.values().iterator().next()));
        seeded.keySet().forEach(tenant ->
                assertThat(ItemCounts.byKind(custody.services().items(), tenant)).isEmpty());
        assertThat(custody.services().purgeProgress().inProgress()).isEmpty();
    }

    /** Kills {@code doomed} once it reported {@code batches} committed batches (process killed mid-purge). */
    private static void killAfterBatches(Process doomed, int batches) throws IOException, InterruptedException {
        var output = SweepProcesses.output(doomed);
        for (int seen = 0; seen < batches; ) {
            var line = output.readLine();
            assertThat(line).as("the sweep process ended before it was killed").isNotNull();
            if (line.startsWith("batch ")) {
                seen++;
            }
        }
        doomed.destroyForcibly();
        assertThat(doomed.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    private static int purgesReported(Process process) throws IOException, InterruptedException {
        var lines = new ArrayList<String>();
        try (var output = SweepProcesses.output(process)) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                lines.add(line);
            }
        }
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("sweep process output: %s", lines).isZero();
        return lines.stream().filter(line -> line.startsWith("purges ")).mapToInt(line -> Integer.parseInt(line.substring(7)))
                .sum();
    }
}
