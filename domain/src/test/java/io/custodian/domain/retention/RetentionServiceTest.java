package io.custodian.domain.retention;

import io.custodian.domain.datamap.Category;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.receipt.DeletionTrigger;
import io.custodian.domain.receipt.ReceiptCanonicalForm;
import io.custodian.domain.receipt.SignedReceipt;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.Tenants;
import io.custodian.domain.tenant.Transition;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.custodian.domain.datamap.ItemKind.*;
import static io.custodian.domain.retention.Items.child;
import static io.custodian.domain.retention.Items.item;
import static io.custodian.domain.retention.Items.ref;
import static io.custodian.domain.retention.Items.resolvedTicket;
import static org.assertj.core.api.Assertions.assertThat;

class RetentionServiceTest {

    private static final ClientKey ACME = new ClientKey("acme");

    private final CustodyFixture custody = new CustodyFixture();

    private Instant now() {
        return custody.clock.instant();
    }

    @Test
    void a_sweep_deletes_operation_items_idle_for_the_max_idle_time() {
        custody.install("acme");
        custody.write("acme", SYNC_RELATION, "rel");
        custody.clock.advanceDays(29);
        assertThat(custody.sweep().itemsDeleted()).isZero();

        custody.clock.advanceDays(1);
        SweepReport report = custody.sweep();

        assertThat(report.deletions()).singleElement().satisfies(deletion -> assertThat(deletion.items())
                .containsExactly(new DeletedItem(ref("acme", SYNC_RELATION, "rel"), DeletionCause.MAX_IDLE)));
        assertThat(custody.holds(ref("acme", SYNC_RELATION, "rel"))).isFalse();
    }

    @Test
    void a_write_restarts_the_idle_time() {
        custody.install("acme");
        custody.write("acme", SYNC_RELATION, "rel");
        custody.clock.advanceDays(20);
        custody.write("acme", SYNC_RELATION, "rel");
        custody.clock.advanceDays(20);
        custody.sweep();
        assertThat(custody.holds(ref("acme", SYNC_RELATION, "rel"))).isTrue();
    }

    @Test
    void twins_and_their_traces_go_with_their_idle_relation() {
        custody.install("acme");
        custody.write("acme", SYNC_RELATION, "rel");
        custody.clock.advanceDays(25);
        custody.write("acme", TWIN_TRACE, "twin", "rel");
        custody.write("acme", FIELD_TRACE, "summary", "twin");
        custody.clock.advanceDays(5);

        custody.sweep();

        assertThat(custody.items.itemsOf(ACME)).isEmpty();
    }

    @Test
    void usage_events_are_kept_for_the_session_period() {
        custody.install("acme");
        custody.seed(item("acme", USAGE_EVENT, "event", now()));
        custody.clock.advanceDays(89);
        custody.sweep();
        assertThat(custody.holds(ref("acme", USAGE_EVENT, "event"))).isTrue();
        custody.clock.advanceDays(1);
        custody.sweep();
        assertThat(custody.holds(ref("acme", USAGE_EVENT, "event"))).isFalse();
    }

    @Test
    void support_data_is_deleted_the_configured_time_after_the_ticket_is_resolved() {
        custody.install("acme");
        custody.seed(resolvedTicket("acme", "T-1", now(), now().plus(Duration.ofDays(2))));
        custody.seed(child("acme", SUPPORT_BUNDLE, "bundle", "T-1", now()));
        custody.clock.advanceDays(31);
        custody.sweep();
        assertThat(custody.items.itemsOf(ACME)).hasSize(2);

        custody.clock.advanceDays(1);
        SweepReport report = custody.sweep();

        assertThat(custody.items.itemsOf(ACME)).isEmpty();
        assertThat(report.deletions().getFirst().items()).extracting(DeletedItem::cause)
                .containsExactlyInAnyOrder(DeletionCause.SUPPORT_PERIOD_ELAPSED, DeletionCause.PARENT_DELETED);
    }

    @Test
    void an_open_ticket_is_kept_while_subscribed_and_deleted_at_the_purge() {
        custody.install("acme");
        custody.seed(item("acme", SUPPORT_TICKET, "T-1", now()));
        custody.clock.advanceDays(400);
        custody.sweep();
        assertThat(custody.holds(ref("acme", SUPPORT_TICKET, "T-1"))).isTrue();

        custody.uninstall("acme");
        custody.clock.advanceDays(180);
        custody.sweep();
        assertThat(custody.holds(ref("acme", SUPPORT_TICKET, "T-1"))).isFalse();
    }

    @Test
    void the_sweep_purges_a_tenant_at_its_deadline_with_a_signed_receipt_counting_every_item() {
        custody.install("acme");
        custody.write("acme", SYNC_RELATION, "rel");
        custody.write("acme", TWIN_TRACE, "twin", "rel");
        custody.seed(item("acme", CONFIGURATION_DOCUMENT, "config", now()));
        custody.seed(item("acme", USAGE_EVENT, "event", now()));
        custody.seed(item("acme", SUPPORT_TICKET, "T-1", now()));
        custody.clock.advanceDays(1);
        Instant markedAt = now();
        custody.uninstall("acme");
        custody.clock.advance(Duration.ofDays(180).minusSeconds(1));
        assertThat(custody.sweep().purges()).isEmpty();
        custody.clock.advanceDays(29);
        custody.write("acme", SYNC_RELATION, "refused-while-marked");

        custody.clock.advance(Duration.ofSeconds(1));
        SweepReport report = custody.sweep();

        assertThat(report.purges()).singleElement().satisfies(purge -> {
            assertThat(purge.cause()).isEqualTo(DeletionCause.PURGE_DEADLINE);
            SignedReceipt signed = purge.receipt();
            assertThat(signed.receipt().trigger()).isEqualTo(new DeletionTrigger.UninstallGraceExpired());
            assertThat(signed.receipt().deletedPerKind()).isEqualTo(Map.of(INSTALLATION_RECORD, 1L,
                    CONFIGURATION_DOCUMENT, 1L, SUPPORT_TICKET, 1L));
            assertThat(signed.receipt().deletedPerCategory()).isEqualTo(Map.of(Category.ACCOUNT, 1L,
                    Category.CUSTOMER_UPLOADED, 1L, Category.SUPPORT, 1L));
            assertThat(signed.receipt().markedAt()).contains(markedAt);
            assertThat(signed.receipt().deadline()).contains(markedAt.plus(Duration.ofDays(180)));
            assertThat(signed.receipt().executedAt()).isEqualTo(now());
            assertThat(signed.receipt().location()).isEqualTo(Tenants.ROUBAIX);
            assertThat(custody.receiptVerifier.verify(ReceiptCanonicalForm.of(signed.receipt()), signed.signature())
                    .isValid()).isTrue();
        });
        assertThat(report.deletions()).as("operation and session items had expired in the earlier sweeps").isEmpty();
        assertThat(custody.receiptArchive.all()).as("the receipt is what remains")
                .containsExactly(report.purges().getFirst().receipt());
        assertThat(custody.auditTrail.streamAll().map(entry -> entry.content().toString()).toList())
                .anySatisfy(entry -> assertThat(entry).contains("tenant.purge").contains("retention-sweep")
                        .doesNotContain("acme"));
        assertThat(custody.record("acme")).isEmpty();
        assertThat(custody.items.itemsOf(ACME)).isEmpty();
        assertThat(custody.cipher.hasKey(ACME)).as("the tenant's key is destroyed").isFalse();
    }

    @Test
    void a_reinstall_before_the_deadline_loses_nothing() {
        custody.install("acme");
        custody.seed(item("acme", CONFIGURATION_DOCUMENT, "config", now()));
        custody.seed(item("acme", SUPPORT_TICKET, "T-1", now()));
        custody.uninstall("acme");
        custody.clock.advance(Duration.ofDays(180).minusSeconds(1));
        custody.sweep();

        assertThat(custody.lifecycle.install(Tenants.install("acme"))).isInstanceOf(Transition.Applied.class);
        custody.clock.advanceDays(365);
        SweepReport report = custody.sweep();

        assertThat(report.purges()).isEmpty();
        assertThat(custody.items.itemsOf(ACME)).hasSize(2);
        assertThat(custody.record("acme")).isPresent();
    }

    @Test
    void after_the_purge_an_install_is_a_fresh_installation() {
        custody.install("acme");
        custody.seed(item("acme", CONFIGURATION_DOCUMENT, "config", now()));
        custody.uninstall("acme");
        custody.clock.advanceDays(180);
        assertThat(custody.lifecycle.install(Tenants.install("acme"))).isInstanceOf(Transition.Refused.class);
        custody.retention.sweep(SweepRetentionCommand.tenant(ACME));

        assertThat(custody.lifecycle.install(Tenants.install("acme"))).isInstanceOfSatisfying(Transition.Applied.class,
                applied -> assertThat(applied.before()).isEmpty());
        assertThat(custody.record("acme").orElseThrow().installedAt()).isEqualTo(now());
        assertThat(custody.items.itemsOf(ACME)).isEmpty();
    }

    @Test
    void items_of_a_client_key_without_installation_are_swept() {
        custody.seed(item("ghost", CONFIGURATION_DOCUMENT, "config", now()));
        SweepReport report = custody.sweep();
        assertThat(report.deletions()).singleElement().satisfies(deletion -> assertThat(deletion.items())
                .extracting(DeletedItem::cause).containsExactly(DeletionCause.NO_INSTALLATION));
    }

    @Test
    void each_tenant_is_swept_in_its_own_transaction() {
        custody.install("acme");
        custody.install("globex");
        custody.write("acme", SYNC_RELATION, "rel");
        custody.write("globex", SYNC_RELATION, "rel");
        int before = custody.transactions.started();
        custody.sweep();
        assertThat(custody.transactions.started() - before).isEqualTo(3);
        assertThat(custody.transactions.maxDepth()).isEqualTo(1);
    }

    @Test
    void find_due_lists_what_is_due_at_a_future_instant_without_deleting() {
        custody.install("acme");
        custody.write("acme", SYNC_RELATION, "rel");
        custody.seed(item("acme", USAGE_EVENT, "event", now()));
        Instant in30Days = now().plus(Duration.ofDays(30));

        List<ScheduledDeletion> due = custody.retention.findDue(new FindDueDeletionsQuery(in30Days, Optional.empty()));

        assertThat(due).singleElement().satisfies(deletion -> {
            assertThat(deletion.item().ref()).isEqualTo(ref("acme", SYNC_RELATION, "rel"));
            assertThat(deletion.dueAt()).isEqualTo(in30Days);
            assertThat(deletion.cause()).isEqualTo(DeletionCause.MAX_IDLE);
        });
        assertThat(custody.items.size()).isEqualTo(2);
        assertThat(custody.retention.findDue(new FindDueDeletionsQuery(now().plus(Duration.ofDays(90)),
                Optional.of(new ClientKey("globex"))))).isEmpty();
    }

    @Test
    void find_due_includes_the_installation_record_of_a_tenant_past_its_deadline() {
        custody.install("acme");
        custody.uninstall("acme");
        List<ScheduledDeletion> due = custody.retention.findDue(new FindDueDeletionsQuery(
                now().plus(Duration.ofDays(180)), Optional.empty()));
        assertThat(due).extracting(deletion -> deletion.item().kind()).containsExactly(ItemKind.INSTALLATION_RECORD);
    }

    @Test
    void the_forecast_counts_deletions_per_day_tenant_and_category() {
        custody.install("acme");
        custody.install("globex");
        custody.write("acme", SYNC_RELATION, "rel");
        custody.write("acme", LICENSE_INFORMATION, "license");
        custody.seed(item("globex", USAGE_EVENT, "event", now().minus(Duration.ofDays(80))));
        custody.seed(item("globex", CONFIGURATION_DOCUMENT, "config", now()));
        LocalDate today = LocalDate.ofInstant(now(), ZoneOffset.UTC);

        DeletionForecast forecast = custody.retention.forecast(new ForecastDeletionsCommand(31));

        assertThat(forecast.from()).isEqualTo(now());
        assertThat(forecast.until()).isEqualTo(now().plus(Duration.ofDays(31)));
        assertThat(forecast.lines()).containsExactly(
                new DeletionForecast.Line(new ClientKey("globex"), Category.SESSION, today.plusDays(10), 1),
                new DeletionForecast.Line(ACME, Category.OPERATION, today.plusDays(30), 2));
    }

    @Test
    void the_forecast_shows_a_marked_tenants_purge_and_leaves_out_what_is_due_later() {
        custody.install("acme");
        custody.seed(item("acme", CONFIGURATION_DOCUMENT, "config", now()));
        custody.uninstall("acme");
        LocalDate purgeDay = LocalDate.ofInstant(now().plus(Duration.ofDays(180)), ZoneOffset.UTC);

        assertThat(custody.retention.forecast(new ForecastDeletionsCommand(180)).lines()).isEmpty();
        assertThat(custody.retention.forecast(new ForecastDeletionsCommand(181)).lines()).containsExactly(
                new DeletionForecast.Line(ACME, Category.ACCOUNT, purgeDay, 1),
                new DeletionForecast.Line(ACME, Category.CUSTOMER_UPLOADED, purgeDay, 1));
    }
}
