package io.custodian.server;

import com.sun.net.httpserver.HttpServer;
import io.custodian.domain.access.StaffId;
import io.custodian.domain.support.DownloadBundleCommand;
import io.custodian.domain.support.DownloadBundleUseCase;
import io.custodian.domain.support.PurgedDownloadsQuery;
import io.custodian.domain.support.ResolveTicketCommand;
import io.custodian.domain.support.ResolveTicketUseCase;
import io.custodian.domain.support.TicketId;
import io.custodian.server.testing.RunningServer;
import io.custodian.web.connect.testing.ConnectHost;
import io.custodian.web.connect.testing.Site;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.custodian.domain.testing.ZipBytes.contains;
import static io.custodian.domain.testing.ZipBytes.unzip;
import static io.custodian.persistence.jooq.Tables.AUDIT_ENTRY;
import static io.custodian.persistence.jooq.Tables.SUPPORT_BUNDLE;
import static io.custodian.persistence.jooq.Tables.SUPPORT_DOWNLOAD;
import static io.custodian.persistence.jooq.Tables.SUPPORT_TICKET;
import static io.custodian.persistence.jooq.Tables.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Problem reports through the real wiring and PostgreSQL: the Connect endpoint opens a ticket and stores its bundle,
 * the bundle never holds the shared secret, the optional help desk is called after the commit and its failure is
 * recorded on the ticket, and the staff-side services work on what the endpoint stored.
 */
class ProblemReportEndToEndTest {

    private static final String REPORTS = "/connect/v1/problem-reports";

    private final Site site = Site.jira("acme");
    private final List<HttpServer> helpDesks = new ArrayList<>();
    private final List<String> helpDeskRequests = new ArrayList<>();
    private ConnectHost host;
    private CustodianServer server;

    private void start(Map<String, String> extra) {
        host = new ConnectHost(InstantSource.system(), RunningServer.APP_KEY, RunningServer.BASE_URL);
        var env = RunningServer.environment(ProblemReportEndToEndTest.class);
        env.put("CUSTODIAN_INSTALL_KEYS_URL", host.keyServer().baseUrl().toString());
        env.put("CUSTODIAN_SWEEP_ENABLED", "false");
        env.putAll(extra);
        server = RunningServer.start(env);
        host.target(server.port());
        assertThat(host.install(site).statusCode()).isEqualTo(204);
    }

    /** A help-desk stub on loopback answering every request with {@code status} and {@code body}. */
    private String helpDesk(int status, String body) throws IOException {
        HttpServer desk = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        desk.createContext("/", exchange -> {
            synchronized (helpDeskRequests) {
                helpDeskRequests.add(exchange.getRequestURI().getPath() + " "
                        + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        desk.start();
        helpDesks.add(desk);
        return "http://127.0.0.1:" + desk.getAddress().getPort();
    }

    private static Map<String, String> jsm(String url) {
        return Map.of("CUSTODIAN_JSM_URL", url, "CUSTODIAN_JSM_USER", "agent@vendor.example",
                "CUSTODIAN_JSM_TOKEN", "jsm-api-token-never-logged", "CUSTODIAN_JSM_SERVICE_DESK_ID", "4",
                "CUSTODIAN_JSM_REQUEST_TYPE_ID", "27");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (host != null) {
            host.close();
        }
        helpDesks.forEach(desk -> desk.stop(0));
    }

    private long rows(org.jooq.Table<?> table) {
        return server.database().dsl().fetchCount(table);
    }

    private HttpResponse<String> report(String attachmentText) {
        String attachment = Base64.getEncoder().encodeToString(attachmentText.getBytes(StandardCharsets.UTF_8));
        return host.appJson(site, "POST", REPORTS, "{\"email\":\"jane@acme.example\",\"summary\":\"Sync stopped\","
                + "\"description\":\"Nothing syncs since 09:00.\","
                + "\"attachments\":[{\"name\":\"../sync.log\",\"content\":\"" + attachment + "\"}]}");
    }

    private static String ticketIdOf(HttpResponse<String> response) {
        String body = response.body();
        int start = body.indexOf("\"ticketId\":\"") + "\"ticketId\":\"".length();
        return body.substring(start, body.indexOf('"', start));
    }

    @Test
    void a_report_creates_a_ticket_and_a_bundle_row_whose_bytes_never_contain_the_shared_secret() {
        start(Map.of());
        assertThat(host.appJson(site, "PUT", "/connect/v1/relations/rel-1", "{\"remote\":\"https://other.example\"}")
                .statusCode()).isBetween(200, 201);
        assertThat(host.appJson(site, "PUT", "/connect/v1/configuration/mapping", "{\"fields\":[\"summary\"]}")
                .statusCode()).isEqualTo(201);

        HttpResponse<String> response = report("ERROR sync failed");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String ticketId = ticketIdOf(response);
        var dsl = server.database().dsl();
        assertThat(rows(SUPPORT_TICKET)).isEqualTo(1);
        assertThat(rows(SUPPORT_BUNDLE)).isEqualTo(1);
        var ticket = dsl.selectFrom(SUPPORT_TICKET).fetchSingle();
        assertThat(ticket.getItemId()).isEqualTo(ticketId);
        assertThat(ticket.getClientKey()).isEqualTo(site.clientKey());
        assertThat(ticket.getStatus()).isEqualTo("OPEN");
        assertThat(ticket.getReporterEmail()).isEqualTo("jane@acme.example");
        assertThat(ticket.getSummary()).isEqualTo("Sync stopped");
        assertThat(ticket.getForwardingState()).isEqualTo("NOT_FORWARDED");
        var bundle = dsl.selectFrom(SUPPORT_BUNDLE).fetchSingle();
        assertThat(bundle.getParentId()).isEqualTo(ticketId);

        byte[] zip = bundle.getContent();
        Map<String, byte[]> entries = unzip(zip);
        byte[] secret = site.sharedSecret().getBytes(StandardCharsets.UTF_8);
        byte[] ciphertext = dsl.select(TENANT.SHARED_SECRET_CIPHERTEXT).from(TENANT).fetchSingle().value1();
        assertThat(contains(zip, secret)).isFalse();
        assertThat(entries.values()).noneMatch(entry -> contains(entry, secret));
        assertThat(entries.values()).noneMatch(entry -> contains(entry, ciphertext)
                || contains(entry, Base64.getEncoder().encode(ciphertext)));
        String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
        assertThat(manifest).contains(site.clientKey(), "\"dataLocation\": \"Roubaix, France\"", ticketId);
        assertThat(new String(entries.get("items/sync-relation.json"), StandardCharsets.UTF_8))
                .contains("https://other.example");
        assertThat(new String(entries.get("items/configuration-document.json"), StandardCharsets.UTF_8))
                .contains("mapping");
        assertThat(new String(entries.get("attachments/1-sync.log"), StandardCharsets.UTF_8))
                .isEqualTo("ERROR sync failed");
    }

    @Test
    void the_help_desk_gets_the_report_and_its_reference_is_recorded_on_the_ticket() throws IOException {
        start(jsm(helpDesk(201, "{\"issueId\":\"10010\",\"issueKey\":\"SD-1\"}")));

        HttpResponse<String> response = report("log");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        var ticket = server.database().dsl().selectFrom(SUPPORT_TICKET).fetchSingle();
        assertThat(ticket.getForwardingState()).isEqualTo("FORWARDED");
        assertThat(ticket.getForwardingReference()).isEqualTo("SD-1");
        assertThat(helpDeskRequests).singleElement().satisfies(request -> assertThat(request)
                .startsWith("/rest/servicedeskapi/request ")
                .contains("\"raiseOnBehalfOf\":\"jane@acme.example\"", ticketIdOf(response))
                .doesNotContain("ERROR", site.sharedSecret()));
    }

    @Test
    void a_failing_help_desk_leaves_the_ticket_with_the_failure_recorded_not_a_500() throws IOException {
        start(jsm(helpDesk(503, "")));

        HttpResponse<String> response = report("log");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        var ticket = server.database().dsl().selectFrom(SUPPORT_TICKET).fetchSingle();
        assertThat(ticket.getStatus()).isEqualTo("OPEN");
        assertThat(ticket.getForwardingState()).isEqualTo("FAILED");
        assertThat(ticket.getForwardingFailure()).isEqualTo("the help desk answered HTTP 503");
        assertThat(rows(SUPPORT_BUNDLE)).isEqualTo(1);
    }

    @Test
    void a_disabled_tenant_is_refused_and_nothing_is_stored() {
        start(Map.of());
        assertThat(host.disable(site).statusCode()).isEqualTo(204);

        HttpResponse<String> response = report("log");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("\"error\"");
        assertThat(rows(SUPPORT_TICKET) + rows(SUPPORT_BUNDLE)).isZero();
    }

    @Test
    void the_staff_side_resolves_downloads_and_learns_when_the_bundle_is_gone() {
        start(Map.of());
        TicketId ticket = new TicketId(ticketIdOf(report("log")));
        StaffId alice = new StaffId(UUID.randomUUID());
        var services = server.services();

        var downloaded = services.bundleDownloads().download(new DownloadBundleCommand(ticket, alice));
        var resolved = services.supportDesk().resolve(new ResolveTicketCommand(ticket, alice));

        assertThat(downloaded).isInstanceOf(DownloadBundleUseCase.Downloaded.class);
        assertThat(resolved).isInstanceOf(ResolveTicketUseCase.Resolved.class);
        assertThat(rows(SUPPORT_DOWNLOAD)).isEqualTo(1);
        assertThat(server.database().dsl().fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ACTION.eq("support-ticket.resolve")))
                .isEqualTo(1);
        assertThat(services.bundleDownloads().purged(PurgedDownloadsQuery.of(alice))).isEmpty();

        server.database().dsl().deleteFrom(SUPPORT_BUNDLE).execute(); // as the retention sweep does, later

        assertThat(services.bundleDownloads().purged(PurgedDownloadsQuery.of(alice)))
                .singleElement().satisfies(download -> assertThat(download.ticket()).isEqualTo(ticket));
    }
}
