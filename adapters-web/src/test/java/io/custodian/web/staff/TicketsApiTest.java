package io.custodian.web.staff;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.custodian.domain.support.TicketId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

/** The support desk over HTTP: queue, ticket, resolution, bundle downloads and wipes. */
class TicketsApiTest {

    private static final String PURPOSE = "X-Custodian-Purpose";

    private StaffApiTestApp app;
    private TicketId ticket;
    private String support;

    @BeforeEach
    void start() {
        app = new StaffApiTestApp();
        app.fixture.custody.install("acme");
        ticket = app.fixture.report("acme", "Sync stopped");
        support = app.tokenFor(app.fixture.custody.supportEngineer);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void the_queue_shows_ticket_metadata_without_the_report_and_is_audited() {
        var response = app.get("/tickets?status=OPEN", support);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(StaffApiTestApp.items(response)).singleElement().satisfies(line -> {
            assertThat(line).containsEntry("id", ticket.value()).containsEntry("clientKey", "acme")
                    .containsEntry("status", "OPEN").doesNotContainKey("report");
            assertThat(line.get("forwarding")).asInstanceOf(MAP).containsEntry("state", "NOT_FORWARDED");
            assertThat(line.get("bundle")).asInstanceOf(MAP).containsKey("sizeBytes");
        });
        assertThat(response.body()).doesNotContain("jane@", "Sync stopped");
        assertThat(app.fixture.audit().getLast().content().action().code()).isEqualTo("support-ticket.list");
        assertThat(app.get("/tickets?status=CLOSED", support).statusCode()).isEqualTo(400);
    }

    @Test
    void a_ticket_is_read_with_a_purpose_only() {
        var refused = app.get("/tickets/" + ticket, support);
        var shown = app.get("/tickets/" + ticket, support, PURPOSE, "ticket:" + ticket);
        var unknown = app.get("/tickets/T-404", support, PURPOSE, "ticket:T-404");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(StaffApiTestApp.json(refused)).containsEntry("error", "purpose_missing");
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(StaffApiTestApp.json(shown).get("report")).asInstanceOf(MAP)
                .containsEntry("reporter", "jane@acme.example").containsEntry("summary", "Sync stopped");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(StaffApiTestApp.json(unknown)).containsEntry("error", "ticket_not_found");
    }

    @Test
    void a_bundle_is_streamed_as_zip_and_its_download_recorded_under_the_id_in_the_header() throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        app.baseUrl() + "/tickets/" + ticket + "/bundle"))
                .header("Authorization", "Bearer " + support)
                .header(PURPOSE, "ticket:" + ticket)
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/zip");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(value ->
                assertThat(value).startsWith("attachment; filename=\"").endsWith(".zip\""));
        assertThat(new String(response.body(), 0, 2, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PK");
        String downloadId = response.headers().firstValue("X-Custodian-Download-Id").orElseThrow();
        assertThat(response.headers().firstValue("X-Custodian-Bundle-Sha256")).contains(
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(response.body())));
        assertThat(app.fixture.audit()).extracting(entry -> entry.content().action().code())
                .endsWith("tenant-data.read", "support-bundle.download");
        assertThat(app.fixture.audit().getLast().content().subject()).hasValueSatisfying(subject ->
                assertThat(subject.id()).isEqualTo(downloadId));
    }

    @Test
    void a_bundle_without_purpose_is_refused_and_nothing_is_recorded_as_downloaded() {
        var refused = app.get("/tickets/" + ticket + "/bundle", support);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        assertThat(app.fixture.audit()).extracting(entry -> entry.content().action().code())
                .doesNotContain("support-bundle.download");
    }

    @Test
    void a_purged_bundle_is_listed_for_its_downloader_until_they_acknowledge_the_wipe() {
        var downloaded = app.get("/tickets/" + ticket + "/bundle", support, PURPOSE, "ticket:" + ticket);
        String downloadId = downloaded.headers().firstValue("X-Custodian-Download-Id").orElseThrow();
        assertThat(StaffApiTestApp.items(app.get("/downloads/purged", support))).isEmpty();

        var resolved = app.send("POST", "/tickets/" + ticket + "/resolve", support, null);
        assertThat(resolved.statusCode()).isEqualTo(200);
        assertThat(StaffApiTestApp.json(resolved)).containsEntry("status", "RESOLVED");
        app.fixture.custody.clock.advance(app.fixture.custody.settings.supportRetentionAfterResolved().plusHours(1));
        app.fixture.custody.sweep();

        String fresh = app.tokenFor(app.fixture.custody.supportEngineer);
        var purged = app.get("/downloads/purged", fresh);
        assertThat(StaffApiTestApp.items(purged)).singleElement().satisfies(download -> assertThat(download)
                .containsEntry("id", downloadId).containsEntry("ticketId", ticket.value())
                .containsEntry("wipedAt", null));
        var byOther = app.send("POST", "/downloads/" + downloadId + "/wiped", app.tokenFor(app.fixture.developer), null);
        assertThat(byOther.statusCode()).isEqualTo(403);
        assertThat(StaffApiTestApp.json(byOther)).containsEntry("error", "not_downloader");

        var wiped = app.send("POST", "/downloads/" + downloadId + "/wiped", fresh, null);

        assertThat(wiped.statusCode()).isEqualTo(200);
        assertThat(StaffApiTestApp.json(wiped).get("wipedAt")).isNotNull();
        assertThat(StaffApiTestApp.items(app.get("/downloads/purged", fresh))).isEmpty();
        assertThat(app.send("POST", "/downloads/" + java.util.UUID.randomUUID() + "/wiped", fresh, null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void a_privacy_officer_outside_support_and_development_does_not_work_the_queue() {
        String officer = app.tokenFor(app.fixture.custody.privacyOfficer);

        assertThat(app.get("/tickets", officer).statusCode()).isEqualTo(403);
        assertThat(app.send("POST", "/tickets/" + ticket + "/resolve", officer, null).statusCode()).isEqualTo(403);
        assertThat(app.get("/tickets/" + ticket + "/bundle", officer, PURPOSE, "ticket:" + ticket).statusCode())
                .isEqualTo(403);
    }
}
