package io.custodian.web.connect;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.InstallationRecord;
import io.custodian.domain.tenant.ProductType;
import io.custodian.domain.tenant.SharedSecret;
import io.custodian.domain.tenant.TenantState;
import io.custodian.web.connect.testing.ConnectTestApp;
import io.custodian.web.connect.testing.LogCapture;
import io.custodian.web.connect.testing.Site;
import io.custodian.web.json.JsonMapping;

import com.fasterxml.jackson.core.type.TypeReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Connect lifecycle semantics (connect.md §2) end to end: host simulator → real server → domain with fakes. */
class LifecycleFlowTest {

    private final ConnectTestApp app = ConnectTestApp.start();
    private final Site acme = Site.jira("acme");

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void installed_creates_an_active_tenant_with_every_account_data_field_and_answers_204_synchronously() {
        HttpResponse<String> response = app.host.install(acme);

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        InstallationRecord record = app.record(acme);
        assertThat(record.state()).isEqualTo(TenantState.ACTIVE);
        assertThat(record.installedAt()).isEqualTo(app.clock.instant());
        assertThat(record.location()).isEqualTo(ConnectTestApp.ROUBAIX);
        assertThat(record.account().addOnKey()).isEqualTo(ConnectTestApp.APP_KEY);
        assertThat(record.account().productType()).isEqualTo(ProductType.JIRA);
        assertThat(record.account().baseUrl()).isEqualTo(URI.create("https://acme.atlassian.net"));
        assertThat(record.account().displayUrl()).contains(URI.create("https://acme.atlassian.net"));
        assertThat(record.account().description()).contains("Atlassian JIRA at https://acme.atlassian.net");
        assertThat(record.account().serviceEntitlementNumber()).contains("SEN-1234567");
        assertThat(record.account().entitlementId()).contains("entitlement-" + acme.clientKey());
        assertThat(record.account().entitlementNumber()).contains("E-123-456");
        assertThat(record.account().oauthClientId()).contains("oauth-" + acme.clientKey());
        assertThat(record.account().cloudId()).contains("cloud-" + acme.clientKey());
        assertThat(record.account().installationId()).contains("ari:cloud:ecosystem::installation/" + acme.clientKey());
        assertThat(app.secretOf(acme)).isEqualTo(new SharedSecret(acme.sharedSecret()));
    }

    @Test
    void full_flow_install_enable_app_requests_disable_uninstall_reinstall() {
        assertThat(app.host.install(acme).statusCode()).isEqualTo(204);
        assertThat(app.host.enable(acme).statusCode()).isEqualTo(204);
        assertThat(app.host.appGet(acme, "/connect/v1/tenant").statusCode()).isEqualTo(200);

        assertThat(app.host.disable(acme).statusCode()).isEqualTo(204);
        assertThat(app.record(acme).state()).isEqualTo(TenantState.DISABLED);
        assertThat(app.host.appGet(acme, "/connect/v1/tenant").statusCode()).isEqualTo(403);

        assertThat(app.host.enable(acme).statusCode()).isEqualTo(204);
        assertThat(app.record(acme).state()).isEqualTo(TenantState.ACTIVE);
        assertThat(app.host.appGet(acme, "/connect/v1/tenant").statusCode()).isEqualTo(200);

        assertThat(app.host.disable(acme).statusCode()).isEqualTo(204);
        app.clock.advance(Duration.ofMillis(5));
        assertThat(app.host.uninstall(acme).statusCode()).isEqualTo(204);
        assertThat(app.record(acme).state()).isEqualTo(TenantState.MARKED_FOR_DELETION);
        assertThat(app.host.appGet(acme, "/connect/v1/tenant").statusCode()).isEqualTo(403);

        app.clock.advanceDays(30);
        Site reinstalled = acme.withSecret("acme-second-shared-secret-0123456789abcdef");
        assertThat(app.host.install(reinstalled).statusCode()).isEqualTo(204);
        assertThat(app.record(acme).state()).isEqualTo(TenantState.ACTIVE);
        assertThat(app.record(acme).markedAt()).isEmpty();
        assertThat(app.host.appGet(reinstalled, "/connect/v1/tenant").statusCode()).isEqualTo(200);
        assertThat(app.host.appGet(acme, "/connect/v1/tenant").statusCode()).isEqualTo(401);
    }

    @Test
    void a_verified_reinstall_replaces_the_shared_secret_and_the_old_one_stops_working() {
        app.host.install(acme);
        Site rotated = acme.withSecret("acme-rotated-shared-secret-0123456789abcdef");

        assertThat(app.host.install(rotated).statusCode()).isEqualTo(204);

        assertThat(app.secretOf(acme)).isEqualTo(new SharedSecret(rotated.sharedSecret()));
        assertThat(app.host.appGet(rotated, "/connect/v1/tenant").statusCode()).isEqualTo(200);
        assertThat(app.host.appGet(acme, "/connect/v1/tenant").statusCode()).isEqualTo(401);
    }

    @Test
    void site_rename_updates_the_base_url_keeps_the_client_key_and_the_state_without_an_enabled() {
        app.host.install(acme);
        app.host.disable(acme);
        Site renamed = acme.renamed("https://acme-renamed.atlassian.net");

        assertThat(app.host.install(renamed).statusCode()).isEqualTo(204);

        InstallationRecord record = app.record(acme);
        assertThat(record.account().baseUrl()).isEqualTo(URI.create("https://acme-renamed.atlassian.net"));
        assertThat(record.state()).isEqualTo(TenantState.DISABLED);
        assertThat(app.store.all()).hasSize(1);
    }

    @Test
    void site_import_arrives_as_a_new_client_key_on_the_same_base_url_and_is_a_separate_tenant() {
        app.host.install(acme);
        app.host.uninstall(acme);
        Site imported = new Site("jira:acme-imported-client-key", "acme-imported-secret-0123456789abcdef",
                acme.baseUrl());

        assertThat(app.host.install(imported).statusCode()).isEqualTo(204);

        assertThat(app.store.all()).hasSize(2);
        assertThat(app.record(acme).state()).isEqualTo(TenantState.MARKED_FOR_DELETION);
        assertThat(app.record(imported).state()).isEqualTo(TenantState.ACTIVE);
        assertThat(app.record(imported).account().baseUrl()).isEqualTo(app.record(acme).account().baseUrl());
    }

    @Test
    void uninstalled_marks_the_tenant_for_deletion_with_the_deadline_180_days_later_and_keeps_its_data() {
        app.host.install(acme);
        Instant uninstalledAt = app.clock.advance(Duration.ofHours(2)).instant();

        assertThat(app.host.uninstall(acme).statusCode()).isEqualTo(204);

        InstallationRecord record = app.record(acme);
        assertThat(record.state()).isEqualTo(TenantState.MARKED_FOR_DELETION);
        assertThat(record.markedAt()).contains(uninstalledAt);
        assertThat(record.purgeDeadline()).contains(uninstalledAt.plus(Duration.ofDays(180)));
        assertThat(app.secretOf(acme)).isEqualTo(new SharedSecret(acme.sharedSecret()));
    }

    @Test
    void reinstall_before_the_deadline_restores_the_tenant_and_loses_nothing() {
        app.host.install(acme);
        Instant installedAt = app.record(acme).installedAt();
        app.host.appGet(acme, "/connect/v1/tenant?lic=active");
        app.host.uninstall(acme);
        app.clock.advanceDays(179);

        assertThat(app.host.install(acme).statusCode()).isEqualTo(204);

        InstallationRecord record = app.record(acme);
        assertThat(record.state()).isEqualTo(TenantState.ACTIVE);
        assertThat(record.markedAt()).isEmpty();
        assertThat(record.purgeDeadline()).isEmpty();
        assertThat(record.installedAt()).isEqualTo(installedAt);
        assertThat(app.licenses.find(record.clientKey())).isPresent();
    }

    @Test
    void install_after_the_deadline_but_before_the_purge_is_refused_with_409_and_changes_nothing() {
        app.host.install(acme);
        app.host.uninstall(acme);
        app.clock.advanceDays(181);
        ConnectTestApp.Snapshot before = app.snapshot();

        HttpResponse<String> response = app.host.install(acme.withSecret("acme-late-secret-0123456789abcdefghij"));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(json(response)).containsEntry("error", "purge_due");
        assertThat(app.snapshot()).isEqualTo(before);
    }

    @Test
    void duplicate_installed_uninstalled_enabled_and_disabled_callbacks_answer_204_and_change_nothing() {
        app.host.install(acme);
        ConnectTestApp.Snapshot installed = app.snapshot();
        assertThat(app.host.install(acme).statusCode()).isEqualTo(204);
        assertThat(app.host.enable(acme).statusCode()).isEqualTo(204);
        assertThat(app.snapshot()).isEqualTo(installed);

        app.host.disable(acme);
        ConnectTestApp.Snapshot disabled = app.snapshot();
        assertThat(app.host.disable(acme).statusCode()).isEqualTo(204);
        assertThat(app.snapshot()).isEqualTo(disabled);

        app.host.uninstall(acme);
        ConnectTestApp.Snapshot uninstalled = app.snapshot();
        app.clock.advance(Duration.ofMinutes(5));
        assertThat(app.host.uninstall(acme).statusCode()).isEqualTo(204);
        assertThat(app.snapshot()).isEqualTo(uninstalled);
    }

    @Test
    void disabled_arriving_after_uninstalled_is_accepted_and_the_tenant_stays_marked_for_deletion() {
        app.host.install(acme);
        app.host.uninstall(acme);
        ConnectTestApp.Snapshot uninstalled = app.snapshot();

        assertThat(app.host.disable(acme).statusCode()).isEqualTo(204);

        assertThat(app.snapshot()).isEqualTo(uninstalled);
        assertThat(app.record(acme).state()).isEqualTo(TenantState.MARKED_FOR_DELETION);
    }

    @Test
    void enabled_for_an_uninstalled_tenant_is_refused_with_409_reinstall_required() {
        app.host.install(acme);
        app.host.uninstall(acme);
        ConnectTestApp.Snapshot before = app.snapshot();

        HttpResponse<String> response = app.host.enable(acme);

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(json(response)).containsEntry("error", "reinstall_required");
        assertThat(app.snapshot()).isEqualTo(before);
    }

    @Test
    void a_signed_uninstalled_for_an_unknown_client_key_is_refused_with_409_not_installed() {
        HttpResponse<String> response = app.host.uninstall(acme);

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(json(response)).containsEntry("error", "not_installed");
        assertThat(app.store.all()).isEmpty();
    }

    @Test
    void the_shared_secret_never_appears_in_answers_or_logs_even_when_refused() {
        try (LogCapture logs = LogCapture.start()) {
            StringBuilder answers = new StringBuilder();
            answers.append(app.host.install(acme).body());
            answers.append(app.host.appGet(acme, "/connect/v1/tenant").body());
            Map<String, Object> tooLong = acme.lifecycleBody(ConnectTestApp.APP_KEY, "installed");
            tooLong.put("sharedSecret", acme.sharedSecret().repeat(5));
            answers.append(app.host.lifecycle("installed",
                    app.host.installJwt(acme, "installed").build(), tooLong).body());
            Map<String, Object> wrongKey = acme.lifecycleBody("another.app", "installed");
            answers.append(app.host.lifecycle("installed",
                    app.host.installJwt(acme, "installed").build(), wrongKey).body());
            answers.append(app.host.lifecycle("installed", null, acme.lifecycleBody(ConnectTestApp.APP_KEY,
                    "installed")).body());
            app.host.disable(acme);
            answers.append(app.host.appGet(acme, "/connect/v1/tenant").body());

            assertThat(answers.toString()).doesNotContain(acme.sharedSecret()).contains("error");
            assertThat(logs.text()).contains("Connect installed for " + acme.clientKey());
            assertThat(logs.text()).doesNotContain(acme.sharedSecret());
        }
    }

    @Test
    void the_tenant_endpoint_shows_account_data_state_license_and_location_but_no_secret() {
        app.host.install(acme);

        HttpResponse<String> response = app.host.appGet(acme, "/connect/v1/tenant?lic=active");

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Object> body = json(response);
        assertThat(body).containsEntry("clientKey", acme.clientKey())
                .containsEntry("addOnKey", ConnectTestApp.APP_KEY)
                .containsEntry("productType", "jira")
                .containsEntry("baseUrl", acme.baseUrl())
                .containsEntry("state", "ACTIVE")
                .containsEntry("dataLocation", "Roubaix, France")
                .containsEntry("serviceEntitlementNumber", "SEN-1234567")
                .containsEntry("installedAt", app.clock.instant().toString())
                .containsEntry("license", Map.of("active", true, "reportedAt", app.clock.instant().toString()));
        assertThat(body).doesNotContainKey("sharedSecret");
        assertThat(response.body()).doesNotContain(acme.sharedSecret());
        assertThat(app.licenses.find(new ClientKey(acme.clientKey())).map(l -> l.active())).isEqualTo(Optional.of(true));
    }

    static Map<String, Object> json(HttpResponse<String> response) {
        try {
            return JsonMapping.create().readValue(response.body(), new TypeReference<>() { });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("not JSON: " + response.body(), e);
        }
    }
}
